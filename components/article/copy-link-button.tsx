'use client';

import { useEffect, useState } from 'react';
import { StrokeIcon } from '../icons/icons';

interface CopyLinkButtonProps {
  url: string;
  label: string;
  copied: string;
  failed: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

const RESET_AFTER_MS = 3000;

export function CopyLinkButton({ url, label, copied, failed }: CopyLinkButtonProps) {
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
    <span className="relative flex">
      <button
        type="button"
        onClick={copy}
        title={label}
        data-state={state}
        className="share-option"
      >
        <StrokeIcon name={state === 'copied' ? 'check' : 'link'} className="size-5 shrink-0" />
        <span className="share-name">{message || label}</span>
      </button>
      {/* Announced to screen readers, and shown beside the button while it has something to say. */}
      <span role="status" className={message ? 'copy-toast' : 'sr-only'}>
        {message}
      </span>
    </span>
  );
}
