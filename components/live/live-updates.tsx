'use client';

import { useEffect, useRef, useState } from 'react';
import { ago, type AgoTemplates } from '@/lib/dates/relative-time';

const VISIBLE_MS = 20_000;
const HIDDEN_MS = 60_000;
const AGO_MS = 30_000;
export const LIST_ID = 'live-posts';

interface LiveUpdatesProps {
  url: string;
  /** The newest post the page shows. */
  after: string | null;
  live: boolean;
  agoTemplates: AgoTemplates;
  /** "n new posts", one template per plural category, `#` for n. */
  newPosts: Partial<Record<Intl.LDMLPluralRule, string>>;
  copied: string;
  failed: string;
}

/**
 * The live page's only script: it keeps relative times current, copies post links, and asks for
 * new posts. New posts go in at once only where that moves nothing the reader sees (the list
 * starts below the screen); otherwise a button counts them and the reader decides.
 */
export function LiveUpdates(props: LiveUpdatesProps) {
  const { url, live, agoTemplates, newPosts } = props;
  const [count, setCount] = useState(0);
  const [said, setSaid] = useState('');
  const newest = useRef(props.after);
  const waiting = useRef<[string, string][]>([]);
  const title = useRef('');
  const plural = (n: number) =>
    (newPosts[new Intl.PluralRules(agoTemplates.tag).select(n)] ?? newPosts.other ?? '#').replace(
      '#',
      new Intl.NumberFormat(agoTemplates.tag).format(n),
    );

  function insert() {
    const list = document.getElementById(LIST_ID);
    if (!list || waiting.current.length === 0) return null;
    list.insertAdjacentHTML('afterbegin', waiting.current.map(([, html]) => html).join(''));
    waiting.current = [];
    setCount(0);
    return list;
  }

  useEffect(() => {
    title.current = document.title;
    const tick = () => {
      for (const time of document.querySelectorAll<HTMLElement>('[data-ago]')) {
        time.textContent = ago(Date.now() - Date.parse(time.dataset.ago ?? ''), agoTemplates);
      }
    };
    const copy = (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-copy]');
      if (!button) return;
      const label = button.textContent;
      navigator.clipboard.writeText(button.dataset.copy ?? '').then(
        () => (button.textContent = props.copied),
        () => (button.textContent = props.failed),
      );
      setTimeout(() => (button.textContent = label), 2_000);
    };
    tick();
    const ticker = setInterval(tick, AGO_MS);
    document.addEventListener('click', copy);
    return () => {
      clearInterval(ticker);
      document.removeEventListener('click', copy);
    };
    // Mounted once: the templates never change while the page is open.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout>;
    let ended = false;
    const receive = (posts: [string, string][]) => {
      newest.current = posts[0]![0];
      waiting.current = [...posts, ...waiting.current];
      const list = document.getElementById(LIST_ID);
      if (list && list.getBoundingClientRect().top >= innerHeight) insert();
      else setCount(waiting.current.length);
      setSaid(plural(posts.length));
    };
    const poll = async () => {
      clearTimeout(timer);
      try {
        const query = newest.current ? `?after=${newest.current}` : '';
        const answer = (await (await fetch(url + query)).json()) as {
          s: string;
          p: [string, string][];
        };
        if (answer.p.length > 0) receive(answer.p);
        ended = answer.s !== 'live';
      } catch {
        // Offline or a failed answer: the next poll asks again.
      }
      if (!ended) timer = setTimeout(poll, document.hidden ? HIDDEN_MS : VISIBLE_MS);
    };
    const onVisibility = () => !document.hidden && !ended && poll();
    timer = setTimeout(poll, VISIBLE_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [url, live]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (title.current) document.title = count > 0 ? `(${count}) ${title.current}` : title.current;
  }, [count]);

  return (
    <>
      <p role="status" className="sr-only" data-testid="live-status">
        {said}
      </p>
      {count > 0 && (
        <button
          type="button"
          className="live-new-posts"
          onClick={() => {
            const list = insert();
            list?.scrollIntoView({ block: 'start' });
            list?.querySelector<HTMLElement>('article')?.focus({ preventScroll: true });
          }}
        >
          {plural(count)}
        </button>
      )}
    </>
  );
}
