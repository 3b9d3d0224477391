'use client';

import type { ReactNode } from 'react';

interface SheetButtonProps {
  sheetId: string;
  className?: string;
  children: ReactNode;
}

// Invoker commands open and close the dialog natively (even before hydration); where a browser
// lacks them, the click handler does the same job.
const hasInvokerCommands = () =>
  typeof HTMLButtonElement !== 'undefined' && 'command' in HTMLButtonElement.prototype;

function sheet(id: string): HTMLDialogElement | null {
  const element = document.getElementById(id);
  return element instanceof HTMLDialogElement ? element : null;
}

export function ShareSheetOpen({ sheetId, className, children }: SheetButtonProps) {
  return (
    <button
      type="button"
      commandfor={sheetId}
      command="show-modal"
      aria-haspopup="dialog"
      onClick={() => hasInvokerCommands() || sheet(sheetId)?.showModal()}
      className={className}
    >
      {children}
    </button>
  );
}

export function ShareSheetClose({ sheetId, className, children }: SheetButtonProps) {
  return (
    <button
      type="button"
      commandfor={sheetId}
      command="close"
      onClick={() => hasInvokerCommands() || sheet(sheetId)?.close()}
      className={className}
    >
      {children}
    </button>
  );
}
