// Entry point of a child process that runs one crypto task and exits (CryptoPool.runAlone): for
// work done once, such as creating the OPAQUE server setup on the first start. A process, not a
// thread: a thread's malloc arena stays with the daemon after the thread ends (~3 MB measured),
// an exited process gives everything back. The task arrives and its result leaves over IPC.
process.once('message', async ({ name, arg }) => {
  let reply
  try {
    const tasks = await import('./worker.mjs')
    reply = { ok: true, value: await tasks[name](arg) }
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
  process.send(reply, () => process.disconnect())
})
