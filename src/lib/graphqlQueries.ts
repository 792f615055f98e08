import type { GraphQLExtension } from 'payload'
import { commentThreads, type ThreadSort } from '../collections/Comments/thread'

/**
 * Custom GraphQL queries frontends use next to Payload's generated ones:
 * ArticleComments(slug, sort, page, limit) returns approved comments as threads.
 */
export const customQueries: GraphQLExtension = (GraphQL) => {
  const ThreadedComment: InstanceType<typeof GraphQL.GraphQLObjectType> = new GraphQL.GraphQLObjectType({
    name: 'ThreadedComment',
    fields: () => ({
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      authorName: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      body: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      editorNote: { type: GraphQL.GraphQLString },
      createdAt: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      parent: { type: GraphQL.GraphQLID },
      replies: { type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(ThreadedComment))) },
    }),
  })
  const CommentThreadPage = new GraphQL.GraphQLObjectType({
    name: 'CommentThreadPage',
    fields: {
      docs: { type: new GraphQL.GraphQLNonNull(new GraphQL.GraphQLList(new GraphQL.GraphQLNonNull(ThreadedComment))) },
      totalDocs: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      totalPages: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      page: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      limit: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      hasNextPage: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
      hasPrevPage: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLBoolean) },
    },
  })
  const CommentSort = new GraphQL.GraphQLEnumType({ name: 'CommentSort', values: { newest: { value: 'newest' }, oldest: { value: 'oldest' } } })
  return {
    ArticleComments: {
      type: new GraphQL.GraphQLNonNull(CommentThreadPage),
      args: {
        slug: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        sort: { type: CommentSort, defaultValue: 'newest' },
        page: { type: GraphQL.GraphQLInt, defaultValue: 1 },
        limit: { type: GraphQL.GraphQLInt, defaultValue: 20 },
      },
      resolve: (_source: unknown, args: { slug: string; sort: ThreadSort; page: number; limit: number }, context: { req: any }) =>
        commentThreads(context.req, args),
    },
  }
}
