'use client';

import { useSyncExternalStore } from 'react';
import { StrokeIcon } from '../icons/icons';

interface NativeShareButtonProps {
  title: string;
  url: string;
  label: string;
}

// Whether the browser can share never changes while the page is open.
const subscribeToNothing = () => () => {};

/** The device's own share sheet, offered only where the browser has `navigator.share`. */
export function NativeShareButton({ title, url, label }: NativeShareButtonProps) {
  const supported = useSyncExternalStore(
    subscribeToNothing,
    () => typeof navigator.share === 'function',
    () => false,
  );

  if (!supported) return null;

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the sheet; nothing to report.
    }
  }

  return (
    <button type="button" onClick={share} title={label} className="share-option">
      <StrokeIcon name="share" className="size-5 shrink-0" />
      <span className="share-name">{label}</span>
    </button>
  );
}
