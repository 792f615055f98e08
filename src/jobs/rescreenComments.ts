import type { TaskConfig } from 'payload'
import { rescreenPending } from '../collections/Comments/rescreen'
import { touchJob } from './runner'

type RescreenResult = { rescreened: number; flagged: number }

// Results of re-screens run by this process, for the endpoint that queued them (completed jobs are
// deleted, so the job document cannot carry the answer back). Bounded: only the latest few are kept.
const results = new Map<string, RescreenResult>()
export const takeRescreenResult = (jobId: string | number): RescreenResult | undefined => {
  const result = results.get(String(jobId))
  results.delete(String(jobId))
  return result
}

/**
 * Re-screens every pending comment with the current claim rules, as a Payload job: any app process
 * can run it, and if the process running it dies the claim is released and another runs it again
 * (re-screening is idempotent: it only rewrites each pending comment's stored verdict).
 */
export const rescreenCommentsTask: TaskConfig<{ input: { requestedBy?: string }; output: RescreenResult }> = {
  slug: 'rescreenComments',
  retries: 2,
  inputSchema: [{ name: 'requestedBy', type: 'text' }],
  outputSchema: [
    { name: 'rescreened', type: 'number' },
    { name: 'flagged', type: 'number' },
  ],
  handler: async ({ job, req }) => {
    // A long re-screen keeps its claim alive between batches, so no other process takes it over.
    const output = await rescreenPending(req, () => touchJob(req.payload, job.id))
    results.set(String(job.id), output)
    if (results.size > 50) results.delete(results.keys().next().value as string)
    return { output }
  },
}
