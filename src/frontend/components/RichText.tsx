import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { safeHref } from '../format'

const HREFS: Record<string, string> = { articles: '/articles/', topics: '/topics/', authors: '/authors/' }

/** Editors' rich text as React elements: links are checked, tables scroll sideways on a phone. */
const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  table: ({ node, nodesToJSX }) => (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table>
        <tbody>{nodesToJSX({ nodes: (node as { children: never[] }).children })}</tbody>
      </table>
    </div>
  ),
  tablecell: ({ node, nodesToJSX }) => {
    const cell = node as unknown as { headerState?: number; colSpan?: number; rowSpan?: number; children: never[] }
    const Tag = (cell.headerState ?? 0) > 0 ? 'th' : 'td'
    const scope = cell.headerState === 1 ? 'col' : cell.headerState === 2 ? 'row' : undefined
    return (
      <Tag scope={Tag === 'th' ? scope : undefined} colSpan={cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined} rowSpan={cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined}>
        {nodesToJSX({ nodes: cell.children })}
      </Tag>
    )
  },
  link: ({ node, nodesToJSX }) => {
    const fields = (node as unknown as { fields: { url?: string; newTab?: boolean; linkType?: string; doc?: { relationTo?: string; value?: { slug?: string } } } }).fields
    const children = nodesToJSX({ nodes: (node as unknown as { children: never[] }).children })
    const internal = fields.linkType === 'internal' && fields.doc?.relationTo && typeof fields.doc.value === 'object' && fields.doc.value?.slug
    const href = internal ? `${HREFS[fields.doc!.relationTo!] ?? '/'}${fields.doc!.value!.slug}` : safeHref(fields.url)
    if (!href) return <>{children}</>
    return (
      <a href={href} {...(fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    )
  },
})

export const RichText = ({ data, className }: { data: unknown; className?: string }) => {
  const state = data as SerializedEditorState | null | undefined
  if (!state?.root?.children?.length) return null
  return <LexicalRichText data={state} converters={converters} className={className} disableTextAlign />
}
