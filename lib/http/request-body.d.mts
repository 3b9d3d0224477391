export declare const REQUEST_BODY_HEADERS: readonly {
  type: 'header';
  key: string;
  value?: string;
}[];
