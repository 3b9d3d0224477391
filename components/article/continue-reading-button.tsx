'use client';

import { useState } from 'react';
import { StrokeIcon } from '../icons/icons';

interface ContinueReadingButtonProps {
  /** Id of the folded part, which follows this button. */
  controls: string;
  label: string;
}

/**
 * Unfolds the rest of the article. The folded part is in the server HTML; CSS hides it only while
 * this button says aria-expanded="false", and shows it whole when scripts are off.
 */
export function ContinueReadingButton({ controls, label }: ContinueReadingButtonProps) {
  const [expanded, setExpanded] = useState(false);

  function expand() {
    setExpanded(true);
    const first = document.getElementById(controls)?.firstElementChild;
    if (first instanceof HTMLElement) {
      // The paragraph is not a control, so it takes focus only when asked to.
      first.tabIndex = -1;
      requestAnimationFrame(() => first.focus());
    }
  }

  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={expand}
      className="continue-reading"
    >
      {label}
      <StrokeIcon name="chevronDown" className="size-5" />
    </button>
  );
}
