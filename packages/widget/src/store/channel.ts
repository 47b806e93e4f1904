/**
 * Cross-tab notices: after an append, a panel posts the new head on a
 * `BroadcastChannel` named after its site and post; every other panel of the
 * same site and post in this browser re-reads the journal. The message only
 * says "look again" — each panel reads the store itself, so a lost or late
 * message costs nothing but freshness (panels also re-read the head when the
 * page regains focus or becomes visible).
 */
export interface ChangeNotice {
  readonly seq: number;
  readonly hash: string;
}

export interface ChangeChannel {
  post(notice: ChangeNotice): void;
  close(): void;
}

/** The channel name for a site and post. */
export function channelName(site: string, post: string): string {
  return `duty-handover:${site}/${post}`;
}

/** Opens the channel; `onChange` runs for notices from other panels. A no-op where BroadcastChannel is missing. */
export function openChangeChannel(
  site: string,
  post: string,
  onChange: (notice: ChangeNotice) => void,
): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') {
    // Nothing to tell and nothing to close: panels still re-read on focus.
    const none = (): void => undefined;
    return { post: none, close: none };
  }
  const channel = new BroadcastChannel(channelName(site, post));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeNotice> | null;
    if (data && typeof data.seq === 'number' && typeof data.hash === 'string') {
      onChange({ seq: data.seq, hash: data.hash });
    }
  };
  return {
    post(notice) {
      // Posted after an entry is saved: a throw here (a channel closed under the panel) would
      // turn a saved entry into a reported failure, and its retry into a second entry. The
      // notice is only a hint to look again (other panels also re-read on focus): drop it.
      try {
        channel.postMessage(notice);
      } catch {
        // Nothing to do: see above.
      }
    },
    close() {
      channel.close();
    },
  };
}
