// Latest wins, per channel: at most one task of a channel runs at a time; a newer request waits
// for it and replaces any older request still waiting (which resolves null without running), so a
// dragged slider never builds a queue behind a worker. A task runs only once its channel has been
// quiet for `settleMs` (slow answers wait for a drag to pause). Every task that runs delivers its
// answer: answers arrive in the order they were asked for, each newer than the last, and the
// caller decides whether an answer is still the one it wants (`isLatest`).
export interface ScheduleOptions {
  /** start only after no newer request has come for this long */
  settleMs?: number;
}

interface Waiting {
  start: () => void;
  drop: () => void;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Channel {
  running: boolean;
  waiting: Waiting | null;
  /** how many requests the channel has had */
  asked: number;
}

export class Scheduler {
  private channels = new Map<string, Channel>();

  private channel(name: string): Channel {
    let c = this.channels.get(name);
    if (!c) this.channels.set(name, (c = { running: false, waiting: null, asked: 0 }));
    return c;
  }

  /** how many requests `channel` has had: compare with a request's number to see if it is the latest */
  asked(channel: string): number {
    return this.channel(channel).asked;
  }

  /** Runs `task` on `channel` when it is its turn; null when a newer request replaced it first.
   * `request` is the request's number (see `asked`). */
  run<T>(channel: string, task: () => Promise<T>, { settleMs = 0 }: ScheduleOptions = {}): { request: number; answer: Promise<T | null> } {
    const c = this.channel(channel);
    const request = ++c.asked;
    const answer = new Promise<T | null>((resolve, reject) => {
      if (c.waiting) {
        if (c.waiting.timer) clearTimeout(c.waiting.timer);
        c.waiting.drop();
      }
      const waiting: Waiting = {
        timer: null,
        drop: () => resolve(null),
        start: () => {
          c.running = true;
          task().then(resolve, reject).finally(() => {
            c.running = false;
            this.next(c);
          });
        },
      };
      c.waiting = waiting;
      if (settleMs > 0) {
        waiting.timer = setTimeout(() => {
          waiting.timer = null;
          this.next(c);
        }, settleMs);
      } else this.next(c);
    });
    return { request, answer };
  }

  /** starts the waiting request when the channel is free and its settle time is over */
  private next(c: Channel) {
    const w = c.waiting;
    if (c.running || !w || w.timer) return;
    c.waiting = null;
    w.start();
  }
}
