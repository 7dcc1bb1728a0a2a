import { describe, expect, test } from 'vitest';
import type { PublicationVersion } from '../../main/web/api/types';
import { versionChanges } from '../../main/web/publish/PublicationPanel';

const v = (number: number, more: Partial<PublicationVersion>): PublicationVersion => ({
  number, status: 'release', active: false, artifactHash: 'h1', buildId: 'b', templateId: 'playcanvas-core',
  templateVersion: '0.1.0', spaceVersion: 1, label: 'first', url: '/p/x/v/' + number, createdAt: '', ...more,
});

describe('comparing published versions', () => {
  test('names what changed', () => {
    expect(versionChanges(v(1, {}), v(2, { spaceVersion: 2, label: 'second', artifactHash: 'h2', templateVersion: '0.2.0' }), 3))
      .toEqual(['v1 → v2', 'template: playcanvas-core 0.1.0 → playcanvas-core 0.2.0', 'space: v1 → v2 (3 changes)',
        'label: first → second', 'different app files']);
  });
  test('a republished identical build differs in nothing but its number', () => {
    expect(versionChanges(v(1, {}), v(2, {}), 0)).toEqual(['v1 → v2', 'same app files']);
  });
});
