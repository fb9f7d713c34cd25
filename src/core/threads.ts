import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/**
 * The CommonJS a pool's threads run around the job's own code (`source`, which defines
 * `async function work(input)` and may read `workerData`): one reply per message, the result or
 * the error's stack.
 */
const threadSource = (source: string) => `
const { parentPort, workerData } = require("node:worker_threads");
${source}
parentPort.on("message", async ({ id, input }) => {
  try {
    parentPort.postMessage({ id, output: await work(input) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

interface Job<In, Out> {
  message: { id: number; input: In };
  resolve(output: Out): void;
  reject(error: Error): void;
}

/**
 * A pool of build-time worker threads, one per core, started as jobs arrive. A thread holds the
 * process open only while it works, so a build ends when its last job is done. `source` is
 * CommonJS evaluated in each thread (it cannot import the site's TypeScript): it defines
 * `async function work(input)`, whose result (structured-cloneable) is the job's; `what` names the
 * job in errors ("rendering an image failed: …").
 */
export class ThreadPool<In, Out> {
  readonly #source: string;
  readonly #workerData: unknown;
  readonly #what: string;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job<In, Out>>();
  readonly #queue: Job<In, Out>[] = [];
  #started = 0;
  #nextId = 0;

  constructor(source: string, workerData: unknown, what: string) {
    this.#source = threadSource(source);
    this.#workerData = workerData;
    this.#what = what;
  }

  run(input: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ message: { id: this.#nextId++, input }, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#started < availableParallelism() ? this.#start() : undefined);
      if (!worker) return;
      const job = this.#queue.shift() as Job<In, Out>;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.message);
    }
  }

  #start(): Worker {
    this.#started++;
    const worker = new Worker(this.#source, { eval: true, workerData: this.#workerData });
    worker.on("message", (reply: { id: number; output?: Out; error?: string }) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (reply.error === undefined) job?.resolve(reply.output as Out);
      else job?.reject(new Error(`${this.#what} failed: ${reply.error}`));
      this.#pump();
    });
    worker.on("error", (error) => {
      // A thread that crashed fails its job and is not reused; the next job starts another.
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
      this.#started--;
      this.#pump();
    });
    return worker;
  }
}
