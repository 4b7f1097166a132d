/**
 * The list of files to fax: each one is read, then handed to the main process once
 * (documents.stage), which checks its type and page count and holds it for the send under a
 * token. A file that cannot be faxed stays on the list with the engine's plain reason, so the
 * person sees what happened to it and removes it themselves. Files taken off the list, and
 * those still listed when the form goes away, are let go in the main process too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ForwardedDocument } from '../../../../preload/contract';
import { faxdesk, unwrap } from '../../lib/api';
import { MAX_FILE_BYTES } from '../../../../domain/send-limits';
import { formatSize, type SendFile } from './send-model';

let nextId = 0;

/**
 * `initial` are documents the main process already holds for a send (a received fax forwarded):
 * they start on the list, checked, and are let go with the form like any other.
 */
export function useSendFiles(initial: readonly ForwardedDocument[] = []) {
  const [files, setFiles] = useState<SendFile[]>(() => initial.map(forwardedFile));
  // The tokens held for this form, so they can be let go when it closes (a sent form's are already gone).
  const tokens = useRef<Map<string, string> | null>(null);
  tokens.current ??= new Map(files.flatMap((file) => (file.token ? [[file.id, file.token] as const] : [])));
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    const held = tokens.current;
    return () => {
      mounted.current = false;
      // Let go once the form is really gone: a form mounted again at once (React's development
      // check does that) still needs the documents it started with.
      setTimeout(() => {
        if (mounted.current || !held || held.size === 0) return;
        void faxdesk().documents.release([...held.values()]);
        held.clear();
      }, 0);
    };
  }, []);

  const update = useCallback((id: string, patch: Partial<SendFile>) => {
    // The file may have been removed while it was being checked: then there is nothing to update.
    setFiles((list) => list.map((file) => (file.id === id ? { ...file, ...patch } : file)));
  }, []);

  const check = useCallback(
    async (id: string, file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        update(id, {
          state: 'error',
          error: `${file.name} is ${formatSize(file.size)}, larger than the 50 MB one file can be. Scan it at a lower resolution or split it, then add it again.`,
        });
        return;
      }
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        update(id, {
          state: 'error',
          error: `${file.name} could not be read. If it is a folder, open it and add the files inside; otherwise check that the file is still there.`,
        });
        return;
      }
      try {
        const staged = await unwrap(faxdesk().documents.stage({ name: uploadName(file.name), bytes }));
        tokens.current?.set(id, staged.token);
        update(id, { state: 'ready', bytes, token: staged.token, kind: staged.kind, pages: staged.pages });
      } catch (error) {
        update(id, { state: 'error', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [update],
  );

  const add = useCallback(
    (incoming: File[]) => {
      const entries = incoming.map((file): SendFile => ({
        id: `file-${++nextId}`,
        name: file.name,
        size: file.size,
        bytes: null,
        token: null,
        state: 'checking',
        kind: null,
        pages: null,
        error: null,
      }));
      setFiles((list) => [...list, ...entries]);
      entries.forEach((entry, index) => void check(entry.id, incoming[index] as File));
    },
    [check],
  );

  const remove = useCallback((id: string) => {
    const token = tokens.current?.get(id);
    if (token) void faxdesk().documents.release([token]);
    tokens.current?.delete(id);
    setFiles((list) => list.filter((file) => file.id !== id));
  }, []);

  /** A document the main process already holds (from the watched folder) joins the list, checked. */
  const addHeld = useCallback((document: ForwardedDocument) => {
    const file = forwardedFile(document);
    tokens.current?.set(file.id, document.token);
    setFiles((list) => [...list, file]);
  }, []);

  /** Moves a file one place up (-1) or down (+1). */
  const move = useCallback((id: string, delta: -1 | 1) => {
    setFiles((list) => {
      const from = list.findIndex((file) => file.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= list.length) return list;
      const next = [...list];
      [next[from], next[to]] = [next[to] as SendFile, next[from] as SendFile];
      return next;
    });
  }, []);

  return { files, add, addHeld, remove, move };
}

/** A forwarded fax on the list: already checked and held by the main process under its token. */
function forwardedFile(document: ForwardedDocument): SendFile {
  return {
    id: `file-${++nextId}`,
    name: document.name,
    size: document.bytes.byteLength,
    bytes: new Uint8Array(document.bytes),
    token: document.token,
    state: 'ready',
    kind: document.kind,
    pages: document.pages,
    error: null,
  };
}

/** The contract takes names of 1 to 255 characters; a file name is never empty, but may be long. */
function uploadName(name: string): string {
  const trimmed = name.trim() || 'document';
  return trimmed.length > 255 ? trimmed.slice(trimmed.length - 255) : trimmed;
}
