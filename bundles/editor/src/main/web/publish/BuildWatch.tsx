import { useEffect, useState } from 'react';
import type { BuildJob } from '../api/types';
import { usePlatform } from '../session';
import { t } from '../strings';

/** A build's status and its log as it is written (long-polled from the last line seen). */
export function BuildWatch({ job, onDone }: { job: BuildJob; onDone: (j: BuildJob) => void }) {
  const platform = usePlatform();
  const [lines, setLines] = useState<string[]>([]);
  const [status, setStatus] = useState(job.status);
  useEffect(() => {
    let live = true;
    (async () => {
      let after = 0;
      for (;;) {
        const log = await platform.logs(job.id, after, 10);
        if (!live) {
          return;
        }
        setLines((l) => [...l, ...log.lines.map((x) => x.message)]);
        after = log.next;
        if (log.done) {
          break;
        }
      }
      const final = await platform.job(job.id);
      if (live) {
        setStatus(final.status);
        onDone(final);
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job.id]);
  return (
    <div className="build-watch">
      <p>
        {t('status')}: <strong data-testid="build-status" className={'status ' + status}>{status}</strong>
        {job.cached && <small className="muted"> (cached)</small>}
      </p>
      <pre className="log" aria-label={t('logs')} aria-live="polite">{lines.join('\n')}</pre>
    </div>
  );
}
