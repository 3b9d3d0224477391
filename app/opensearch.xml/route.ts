import { openSearchResponse } from '@/lib/search/opensearch';

/** Where browsers look first; the Arabic site's, as for every unprefixed address. */
export const GET = () => openSearchResponse();
