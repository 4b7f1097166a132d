/**
 * The page's queue of files coming to Send from outside the page (the watched folder, files
 * opened with Faxdesk): a file that arrives with no Send form shown waits for one, and a shown
 * form gets each file as it comes, until it goes away.
 */
import { describe, expect, it } from 'vitest';
import { WatchedFiles } from '../../../renderer/src/data/watched-files';
import type { ForwardedDocument } from '../../../preload/contract';

const held = (name: string): ForwardedDocument => ({
  name,
  token: `t-${name}`,
  kind: 'pdf',
  pages: 1,
  bytes: new Uint8Array(1),
});

describe('WatchedFiles', () => {
  it('keeps files until a Send form takes them, then passes each on as it comes', () => {
    const queue = new WatchedFiles();
    queue.deliver(held('a.pdf'));
    queue.deliver(held('b.pdf'));
    const received: string[] = [];
    const stop = queue.receive((document) => received.push(document.name));
    expect(received).toEqual(['a.pdf', 'b.pdf']);
    queue.deliver(held('c.pdf'));
    expect(received).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    stop();
    queue.deliver(held('d.pdf'));
    expect(received).toHaveLength(3);
    const next: string[] = [];
    queue.receive((document) => next.push(document.name));
    expect(next).toEqual(['d.pdf']);
  });

  it('gives each file to one form only: the one shown last', () => {
    const queue = new WatchedFiles();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = queue.receive((document) => first.push(document.name));
    queue.receive((document) => second.push(document.name));
    stopFirst();
    queue.deliver(held('a.pdf'));
    expect(first).toEqual([]);
    expect(second).toEqual(['a.pdf']);
  });

  it('says where each file came from: the watched folder, or opened with Faxdesk', () => {
    const queue = new WatchedFiles();
    queue.deliver(held('printed.pdf'));
    queue.deliver(held('opened.pdf'), 'opened with Faxdesk');
    const received: string[] = [];
    queue.receive((document, source) => received.push(`${document.name} ${source}`));
    expect(received).toEqual(['printed.pdf from the watched folder', 'opened.pdf opened with Faxdesk']);
  });
});
