import {
  Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, applyEdgeChanges, applyNodeChanges,
  type Connection as RFConnection, type Edge, type EdgeChange, type Node, type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, NodeType } from '../api/types';
import { Link } from '../ui/parts';
import { usePlatform } from '../session';
import { t } from '../strings';
import { useLoad } from '../ui/hooks';
import { ErrorBox, Loading } from '../ui/parts';
import { AutoSave, type SaveState } from './autosave';
import {
  PREFIX, addLayer, addShape, connect, group, isShapeId, moveShape, parseDiagram, removeShapes, shapeEdges, shapeNodes,
  updateLayer, updateShape, type ShapeNode as ShapeFlowNode,
} from './diagram';
import { Connections } from './Connections';
import { DiagramPanel, ShapeInspector } from './DiagramPanel';
import { ShapeNode } from './ShapeNode';
import { defaults, edgeId, newNodeId, type FlowEdge, type FlowNode } from './graph';
import { Inspector } from './Inspector';
import { Palette } from './Palette';
import { refusal } from './ports';
import { TypesContext, UpdlNode } from './UpdlNode';
import { emptyCanvas, replaceCanvas, useCanvasState } from './useCanvasState';
import { Versions } from './Versions';

const NODE_TYPES = { updl: UpdlNode, shape: ShapeNode };

export function SpaceEditor(props: { unikId: string; spaceId: string }) {
  const platform = usePlatform();
  const draft = useLoad(() => platform.draft(props.spaceId), [props.spaceId]);
  const types = useLoad(() => platform.nodeTypes(), []);
  if (draft.error || types.error) {
    return <main><ErrorBox error={draft.error ?? types.error} /></main>;
  }
  if (!draft.value || !types.value) {
    return <main><Loading /></main>;
  }
  return (
    <ReactFlowProvider>
      <Editor key={`${props.spaceId}:${draft.value.revision}`} {...props} draft={draft.value} types={types.value.items} reload={draft.reload} />
    </ReactFlowProvider>
  );
}

function Editor(props: { unikId: string; spaceId: string; draft: Draft; types: NodeType[]; reload: () => void }) {
  const platform = usePlatform();
  const typeMap = useMemo(() => new Map(props.types.map((x) => [x.type, x])), [props.types]);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', revision: props.draft.revision });
  const saver = useRef<AutoSave | null>(null);
  saver.current ??= new AutoSave(props.draft.revision, (r, g) => platform.saveDraft(props.spaceId, r, g), setSave);
  const onChange = useCallback((g: Parameters<AutoSave['change']>[0]) => saver.current!.change(g), []);
  const initial = props.draft.graph?.canvases?.length ? props.draft.graph : { canvases: [emptyCanvas('main', 'Main', 0)] };
  const s = useCanvasState(initial, onChange);
  const [selected, setSelected] = useState<string | null>(null);
  const [selectedShapes, setSelectedShapes] = useState<string[]>([]);
  const [shapes, setShapes] = useState<ShapeFlowNode[]>(() => shapeNodes(s.diagram));
  const [activeLayer, setActiveLayer] = useState(s.diagram.layers[0].id);
  useEffect(() => setShapes(shapeNodes(s.diagram)), [s.diagram]);
  const shapeLinks = useMemo(() => shapeEdges(s.diagram), [s.diagram]);
  const allNodes = useMemo(() => [...shapes, ...s.nodes] as Node[], [shapes, s.nodes]);
  const allEdges = useMemo(() => [...shapeLinks, ...s.edges] as Edge[], [shapeLinks, s.edges]);
  const layerId = s.diagram.layers.some((l) => l.id === activeLayer) ? activeLayer : s.diagram.layers[0].id;

  useEffect(() => {
    if (save.kind === 'invalid') {
      s.markProblems(save.problems);
    } else if (save.kind === 'saved') {
      s.markProblems([]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [save]);

  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) {
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) {
          s.redo();
        } else {
          s.undo();
        }
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        s.redo();
      }
    };
    addEventListener('keydown', keys);
    const leave = () => void saver.current?.flush();
    addEventListener('pagehide', leave);
    return () => {
      removeEventListener('keydown', keys);
      removeEventListener('pagehide', leave);
      void saver.current?.flush();
    };
  }, [s]);

  const onShapesChange = useCallback((changes: NodeChange<ShapeFlowNode>[]) => {
    const moved = changes.filter((c) => c.type === 'position' && c.dragging === false && c.position);
    const removed = changes.filter((c) => c.type === 'remove').map((c) => c.id.slice(PREFIX.length));
    for (const c of changes) {
      if (c.type === 'select' && c.selected) {
        setSelected(c.id);
      }
    }
    if (removed.length) {
      s.commitDiagram(removeShapes(s.diagram, new Set(removed)));
    } else if (moved.length) {
      let d = s.diagram;
      for (const c of moved) {
        if (c.type === 'position' && c.position) {
          d = moveShape(d, c.id.slice(PREFIX.length), c.position.x, c.position.y);
        }
      }
      s.commitDiagram(d);
    } else {
      setShapes((ns) => applyNodeChanges(changes, ns));
    }
  }, [s]);

  const onAllNodesChange = useCallback((changes: NodeChange<Node>[]) => {
    const shapeChanges = changes.filter((c) => 'id' in c && isShapeId(c.id)) as NodeChange<ShapeFlowNode>[];
    const nodeChanges = changes.filter((c) => !('id' in c && isShapeId(c.id))) as NodeChange<FlowNode>[];
    if (shapeChanges.length) {
      onShapesChange(shapeChanges);
    }
    if (nodeChanges.length) {
      onNodesChange(nodeChanges);
    }
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s, onShapesChange]);

  const onNodesChange = (changes: NodeChange<FlowNode>[]) => {
    const next = applyNodeChanges(changes, s.nodes);
    const structural = changes.some((c) => c.type === 'remove'
      || (c.type === 'position' && c.dragging === false));
    if (structural) {
      const ids = new Set(next.map((n) => n.id));
      s.commit(next, s.edges.filter((e) => ids.has(e.source) && ids.has(e.target)));
    } else {
      s.setNodes(next);
    }
    for (const c of changes) {
      if (c.type === 'select' && c.selected) {
        setSelected(c.id);
      }
    }
  };

  const onEdgesChange = useCallback((all: EdgeChange<Edge>[]) => {
    const gone = all.filter((c) => c.type === 'remove' && isShapeId(c.id)).map((c) => ('id' in c ? c.id : '').slice(PREFIX.length));
    if (gone.length) {
      s.commitDiagram(removeShapes(s.diagram, new Set(gone)));
    }
    const changes = all.filter((c) => !('id' in c && isShapeId(c.id))) as EdgeChange<FlowEdge>[];
    if (!changes.length) {
      return;
    }
    const next = applyEdgeChanges(changes, s.edges);
    if (changes.some((c) => c.type === 'remove')) {
      s.commit(s.nodes, next);
    } else {
      s.setEdges(next);
    }
  }, [s]);

  const onConnect = useCallback((c: RFConnection) => {
    if (isShapeId(c.source) && isShapeId(c.target)) {
      s.commitDiagram(connect(s.diagram, c.source.slice(PREFIX.length), c.target.slice(PREFIX.length)));
      return;
    }
    if (refusal(c, s.nodes, s.edges, typeMap) !== null) {
      return;
    }
    const e: FlowEdge = {
      id: edgeId(c.source, c.sourceHandle!, c.target, c.targetHandle!),
      source: c.source, target: c.target, sourceHandle: c.sourceHandle!, targetHandle: c.targetHandle!,
    };
    s.commit(s.nodes, [...s.edges, e]);
  }, [s, typeMap]);

  const add = (type: NodeType) => {
    const id = newNodeId(type.type, s.nodes.map((n) => n.id));
    const n: FlowNode = {
      id, type: 'updl', position: freeSpot(s.nodes),
      data: { nodeType: type.type, label: type.title, data: defaults(type), problems: [] },
    };
    s.commit([...s.nodes, n], s.edges);
    setSelected(id);
  };

  const node = s.nodes.find((n) => n.id === selected) ?? null;
  const shape = selected && isShapeId(selected)
    ? s.diagram.shapes.find((x) => PREFIX + x.id === selected) ?? null : null;
  const addDiagramShape = (kind: 'rectangle' | 'ellipse' | 'text') => {
    const at = { x: 40 + (s.diagram.shapes.length % 5) * 40, y: -160 - (s.diagram.shapes.length % 5) * 30 };
    const [d, id] = addShape(s.diagram, kind, layerId, at);
    s.commitDiagram(d);
    setSelected(PREFIX + id);
  };
  const exportDiagram = () => {
    const blob = new Blob([JSON.stringify(s.diagram, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `diagram-${s.canvasId}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importDiagram = async (file: File) => {
    try {
      s.commitDiagram(parseDiagram(await file.text()));
    } catch (e) {
      alert(e instanceof Error ? e.message : String(e));
    }
  };
  const addCanvas = () => {
    const n = s.graph.canvases.length;
    let id = `canvas-${n + 1}`;
    while (s.graph.canvases.some((c) => c.id === id)) {
      id += '-x';
    }
    s.commitGraph(replaceCanvas(s.graph, emptyCanvas(id, `${t('canvas')} ${n + 1}`, n)), id);
  };
  const [importError, setImportError] = useState<string | null>(null);
  const importFile = async (file: File) => {
    setImportError(null);
    try {
      const json = JSON.parse(await file.text());
      await saver.current!.flush();
      await platform.importUpstream(props.spaceId, saver.current!.baseRevision, file.name.replace(/\.json$/i, ''), json);
      props.reload();
    } catch (e) {
      setImportError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <TypesContext.Provider value={typeMap}>
      <main className="space-editor">
        <header className="toolbar">
          {props.unikId !== '-' && <Link to={{ name: 'unik', id: props.unikId }}>←</Link>}
          <div role="tablist" aria-label={t('canvases')} className="tabs">
            {s.graph.canvases.map((c) => (
              <button key={c.id} role="tab" aria-selected={c.id === s.canvasId} type="button"
                onClick={() => s.selectCanvas(c.id)}>{c.name}</button>
            ))}
            <button type="button" onClick={addCanvas} aria-label={t('newCanvas')}>+</button>
          </div>
          <button type="button" onClick={s.undo} disabled={!s.canUndo} aria-keyshortcuts="Control+Z">{t('undo')}</button>
          <button type="button" onClick={s.redo} disabled={!s.canRedo} aria-keyshortcuts="Control+Shift+Z">{t('redo')}</button>
          <SaveBadge state={save} />
          <label className="file-button">
            {t('importUpstream')}
            <input type="file" accept="application/json,.json" aria-label={t('importUpstream')}
              onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
          </label>
          {props.unikId !== '-' && (
            <Link className="button" to={{ name: 'publish', unikId: props.unikId, spaceId: props.spaceId }}>{t('publish')}</Link>
          )}
        </header>
        {save.kind === 'conflict' && <p className="error" role="alert">{t('conflict')}</p>}
        {importError && <p className="error" role="alert">{t('importUpstream')}: {importError}</p>}
        {save.kind === 'invalid' && (
          <details className="problems-panel" open>
            <summary>{t('problems')} ({save.problems.length})</summary>
            <ul>{save.problems.map((p, i) => <li key={i}><code>{p.code}</code> {p.nodeId ?? ''} {p.message}</li>)}</ul>
          </details>
        )}
        <div className="editor-body">
          <Palette types={props.types} onAdd={add} />
          <div className="canvas" data-testid="canvas">
            <ReactFlow<Node, Edge>
              nodes={allNodes}
              edges={allEdges}
              nodeTypes={NODE_TYPES}
              onNodesChange={onAllNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onSelectionChange={({ nodes }) => {
                const ids = nodes.filter((n) => isShapeId(n.id)).map((n) => n.id.slice(PREFIX.length));
                setSelectedShapes((old) => (old.join('\n') === ids.join('\n') ? old : ids));
              }}
              isValidConnection={(c) => (isShapeId(c.source) && isShapeId(c.target) && c.source !== c.target)
                || refusal(c, s.nodes, s.edges, typeMap) === null}
              onPaneClick={() => setSelected(null)}
              fitView
              deleteKeyCode={['Delete', 'Backspace']}
            >
              <Background />
              <Controls />
              <MiniMap pannable zoomable />
            </ReactFlow>
          </div>
          <div className="side">
            {shape ? (
              <ShapeInspector shape={shape} diagram={s.diagram}
                nodes={s.nodes.map((n) => ({ id: n.id, label: n.data.label }))}
                onChange={(patch) => s.commitDiagram(updateShape(s.diagram, shape.id, patch))}
                onDelete={() => {
                  s.commitDiagram(removeShapes(s.diagram, new Set([shape.id])));
                  setSelected(null);
                }} />
            ) : <Inspector node={node} type={node ? typeMap.get(node.data.nodeType) : undefined}
              onChange={(label, data) => {
                if (!node || (label === node.data.label && JSON.stringify(data) === JSON.stringify(node.data.data))) {
                  return;
                }
                s.commit(s.nodes.map((n) => (n.id === node.id ? { ...n, data: { ...n.data, label, data } } : n)), s.edges);
              }} />}
            {node && (
              <Connections node={node} nodes={s.nodes} edges={s.edges} types={typeMap}
                onChange={(next) => s.commit(s.nodes, next)} />
            )}
            <DiagramPanel diagram={s.diagram} activeLayer={layerId} selectedShapes={selectedShapes}
              onAdd={(k) => addDiagramShape(k as 'rectangle' | 'ellipse' | 'text')}
              onGroup={() => {
                const [d, id] = group(s.diagram, selectedShapes);
                if (id) {
                  s.commitDiagram(d);
                  setSelected(PREFIX + id);
                }
              }}
              onLayer={(id, patch) => (patch ? s.commitDiagram(updateLayer(s.diagram, id, patch)) : setActiveLayer(id))}
              onAddLayer={() => s.commitDiagram(addLayer(s.diagram))}
              onExport={exportDiagram}
              onImport={(f) => void importDiagram(f)} />
            <Versions spaceId={props.spaceId} beforeVersion={() => saver.current!.flush()} onRestored={props.reload} />
          </div>
        </div>
      </main>
    </TypesContext.Provider>
  );
}

/** The first cell of a 4-wide grid that no node sits in, so new nodes never cover others. */
function freeSpot(nodes: FlowNode[]): { x: number; y: number } {
  const taken = (x: number, y: number) => nodes.some((n) => Math.abs(n.position.x - x) < 200 && Math.abs(n.position.y - y) < 150);
  for (let i = 0; ; i++) {
    const x = 40 + (i % 4) * 260;
    const y = 40 + Math.floor(i / 4) * 300;
    if (!taken(x, y)) {
      return { x, y };
    }
  }
}

function SaveBadge({ state }: { state: SaveState }) {
  const text = state.kind === 'saved' ? t('saved') : state.kind === 'saving' ? t('saving')
    : state.kind === 'pending' ? t('unsaved') : t('saveFailed');
  return <span className={'save-state ' + state.kind} role="status" data-testid="save-state">{text}</span>;
}
