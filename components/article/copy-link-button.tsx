'use client';

import { useEffect, useState } from 'react';
import { StrokeIcon } from '../icons/icons';

interface CopyLinkButtonProps {
  url: string;
  label: string;
  copied: string;
  failed: string;
  /** `icon`: a round icon button in the share row; `row`: icon and text in the share sheet. */
  variant: 'icon' | 'row';
}

type CopyState = 'idle' | 'copied' | 'failed';

const RESET_AFTER_MS = 3000;

export function CopyLinkButton({ url, label, copied, failed, variant }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), RESET_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  const message = state === 'copied' ? copied : state === 'failed' ? failed : '';
  return (
    <span className="relative inline-flex w-full">
      <button
        type="button"
        onClick={copy}
        aria-label={variant === 'icon' ? label : undefined}
        title={variant === 'icon' ? label : undefined}
        data-state={state}
        className={variant === 'icon' ? 'share-icon' : 'share-row'}
      >
        <StrokeIcon name={state === 'copied' ? 'check' : 'link'} className="size-5 shrink-0" />
        {variant === 'row' && (state === 'idle' ? label : message)}
      </button>
      {/* Announced to screen readers, and shown beside the icon button. */}
      <span role="status" className={variant === 'icon' && message ? 'copy-toast' : 'sr-only'}>
        {message}
      </span>
    </span>
  );
}
