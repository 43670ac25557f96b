// Elastic X-Pack Watcher, as sigmac 0.10 printed it: the es-qs query inside a watch document, sent
// with curl, one watch per rule document; the rule's `fields` lay out the alert mail.
import type { RenderedQuery, TextQueryBackend } from '../convert/backend'
import { UnsupportedFeatureError } from '../diagnostics'
import { esQs } from './es-qs'

const RULER = '='.repeat(80)

function mailBody(fields: string[] | null): string {
  if (!fields || fields.length === 0) return `Hits:\n{{#ctx.payload.hits.hits}}{{_source}}\n${RULER}\n{{/ctx.payload.hits.hits}}`
  const width = Math.max(...fields.map((f) => f.length))
  const lines = fields.map((f) => `${f.padStart(width)} = {{_source.${f}}}`)
  return `Hits:\n{{#ctx.payload.hits.hits}}Hit on {{_source.@timestamp}}:\n${lines.join('\n')}${RULER}\n{{/ctx.payload.hits.hits}}`
}

function watch(query: RenderedQuery): object {
  return {
    trigger: { schedule: { interval: '30m' } },
    input: {
      search: {
        request: {
          body: { size: 0, query: { query_string: { query: query.query, analyze_wildcard: true } } },
          indices: [],
        },
      },
    },
    condition: { compare: { 'ctx.payload.hits.total': { not_eq: 0 } } },
    actions: {
      send_email: {
        email: {
          to: null,
          subject: `Sigma Rule '${query.title}'`,
          body: mailBody(query.fields),
          attachments: { 'data.json': { data: { format: 'json' } } },
        },
      },
    },
  }
}

/** Python's json.dumps(indent=2) with ensure_ascii: non-ASCII characters as \uXXXX escapes. */
function pythonJson(value: object): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (c) => (c === '\u007f' ? c : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')))
}

function output(queries: RenderedQuery[]): string {
  const used = new Map<string, number>()
  const watches = queries.map((query) => {
    const base = query.title.replace(/ /g, '-').replace(/[()]/g, '')
    const seen = (used.get(base) ?? 0) + 1
    used.set(base, seen)
    const name = seen === 1 ? base : `${base}-${seen}`
    return `curl -s -XPUT -H 'Content-Type: application/json' --data-binary @- localhost:9200/_xpack/watcher/watch/${name} <<EOF\n${pythonJson(watch(query))}\nEOF\n`
  })
  return watches.join('') + '\n'
}

export const xpackWatcher: TextQueryBackend = {
  ...esQs,
  id: 'xpack-watcher',
  label: 'xpack-watcher',
  outputLanguage: 'shell',
  reference: '0.20', // 0.10's watch layout around the 0.20 es-qs query (they agree on every listed rule)
  aggregation: (agg) => {
    throw new UnsupportedFeatureError('xpack-watcher cannot express aggregations after \'|\'.', agg.range)
  },
  output,
}
