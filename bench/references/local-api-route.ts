/** Reference 2: the cost of Payload itself: a minimal Express route reading the article through the Local API. */
import express from 'express'
import { getPayload } from 'payload'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const app = express()
app.get('/article/:slug', async (req, res) => {
  const result = await payload.find({ collection: 'articles', where: { slug: { equals: req.params.slug } }, depth: 2, limit: 1 })
  res.json(result)
})
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))
