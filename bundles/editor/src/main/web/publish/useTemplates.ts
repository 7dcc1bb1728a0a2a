import { useEffect, useState } from 'react';
import type { Platform } from '../api/platform';
import type { TemplateInfo } from '../api/types';

/**
 * The installed templates, kept current while the page is open: the registry's revision changes whenever a template
 * bundle comes or goes, so a cheap poll notices an install or removal within a few seconds, without a reload.
 */
export function useTemplates(platform: Platform, everyMs = 2000): TemplateInfo[] | null {
  const [items, setItems] = useState<TemplateInfo[] | null>(null);
  useEffect(() => {
    let live = true;
    let revision = -1;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        // a conditional request: while nothing changed the server answers 304 without a body
        const list = await platform.templates(revision < 0 ? undefined : revision);
        if (live && list && list.revision !== revision) {
          revision = list.revision;
          setItems(list.items);
        }
      } catch {
        // keep the last list; the next poll tries again
      }
      if (live) {
        timer = setTimeout(poll, everyMs);
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [platform, everyMs]);
  return items;
}
