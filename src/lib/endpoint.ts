import { addDataAndFileToRequest, APIError, type PayloadRequest } from 'payload'

/** Reads a custom endpoint's JSON body; a body that is not a JSON object is the client's error. */
export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    throw new APIError('The request body must be JSON.', 400, undefined, true)
  }
  const data = req.data
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new APIError('The request body must be a JSON object.', 400, undefined, true)
  return data as Record<string, unknown>
}

export const badRequest = (message: string, status = 400): never => {
  throw new APIError(message, status, undefined, true)
}
