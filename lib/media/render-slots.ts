const KEY = Symbol.for('alriwaq.render-slots');

/**
 * Renders at once, per process. A page listing twenty new stories asks for sixty renditions at
 * once, and a feed for one per story; each holds a decoded picture of several megabytes, so they
 * queue for as many slots as the machine has cores instead of all starting together.
 */
const SLOTS = 2;

interface Slots {
  busy: number;
  waiting: (() => void)[];
}

const holder = globalThis as { [KEY]?: Slots };
const slots = (holder[KEY] ??= { busy: 0, waiting: [] });

/** Runs `work` when a slot is free. Only for leaf work: a job that waits for a slot holds none. */
export async function inRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (slots.busy >= SLOTS) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.busy += 1;
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.busy -= 1;
  }
}
