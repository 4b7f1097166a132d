/** Which report of Telnyx connectivity the page shows: the newest, which is the last event to arrive. */
import { describe, expect, it } from 'vitest';
import type { ConnectivityStatus } from '../../../preload/contract';
import { ConnectivitySource } from '../../../renderer/src/data/connectivity-source';

const online = (lastContactAt: number): ConnectivityStatus => ({ online: true, lastContactAt, pausedUntil: null });
const offline = (lastContactAt: number): ConnectivityStatus => ({ online: false, lastContactAt, pausedUntil: null });

describe('ConnectivitySource', () => {
  it('shows the answer to connectivity:status while no event has come', () => {
    const source = new ConnectivitySource();
    expect(source.getSnapshot()).toBeNull();
    source.answered(online(1_000));
    expect(source.getSnapshot()).toEqual(online(1_000));
  });

  it('keeps an event that overtook the answer', () => {
    const source = new ConnectivitySource();
    source.changed(offline(2_000));
    source.answered(online(1_000));
    expect(source.getSnapshot()).toEqual(offline(2_000));
  });

  it('shows each event as it comes, the last one over the ones before', () => {
    const source = new ConnectivitySource();
    let told = 0;
    source.subscribe(() => told++);
    source.answered(online(1_000));
    source.changed(offline(1_000));
    source.changed(online(3_000));
    expect(source.getSnapshot()).toEqual(online(3_000));
    expect(told).toBe(3);
  });
});
