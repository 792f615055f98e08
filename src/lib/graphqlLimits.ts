import depthLimit from 'graphql-depth-limit'
import type { ValidationRule } from 'graphql'

/**
 * Rejects a GraphQL query nested deeper than GRAPHQL_MAX_DEPTH before it runs; Payload's own
 * maxComplexity bounds breadth. Together they stop a single request from fanning out over the database.
 */
export const MAX_GRAPHQL_DEPTH = Number(process.env.GRAPHQL_MAX_DEPTH ?? 8)

export const graphQLLimits = (): ValidationRule[] => [depthLimit(MAX_GRAPHQL_DEPTH) as ValidationRule]
