import type { Endpoint } from 'payload'
import { commentThreads, type ThreadSort } from '../../Comments/thread'

/** GET /api/articles/:slug/comments?sort=newest|oldest&page=1&limit=20: approved comments as threads. */
export const articleCommentsEndpoint: Endpoint = {
  path: '/:slug/comments',
  method: 'get',
  handler: async (req) => {
    const query = req.searchParams
    const number = (name: string, fallback: number) => (query.has(name) ? Number(query.get(name)) : fallback)
    const result = await commentThreads(req, {
      slug: String(req.routeParams?.slug),
      sort: (query.get('sort') ?? 'newest') as ThreadSort,
      page: number('page', 1),
      limit: number('limit', 20),
    })
    return Response.json(result)
  },
}
