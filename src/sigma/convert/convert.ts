// Renders a prepared rule with one backend: one query per rule document.
import { SigmaError, UnsupportedFeatureError } from '../diagnostics'
import type { ConversionResult } from '../api-types'
import type { ConversionState, RenderedQuery, TextQueryBackend } from './backend'
import type { PreparedRule } from './prepare'
import { renderSearch } from './text-query'

export function renderRule(prepared: PreparedRule, backend: TextQueryBackend): ConversionResult {
  if (!prepared.ok) return failure(prepared.error, backend)
  try {
    // The original backend object started with matchKeyword set, so leading bare keywords go unquoted.
    const state: ConversionState = { matchKeyword: true, warnings: [] }
    const queries: RenderedQuery[] = prepared.documents.map((doc, index) => {
      let query = doc.tree ? renderSearch(backend, doc.tree, state) ?? '' : ''
      if (backend.query) query = backend.query(query)
      if (doc.aggregation) {
        if (!backend.aggregation) throw new UnsupportedFeatureError(`${backend.id} cannot express the aggregation after '|'.`, doc.aggregationRange)
        query += backend.aggregation(doc.aggregation)
      }
      const rendered: RenderedQuery = { query, aggregation: doc.aggregation, title: doc.title, fields: doc.fields, index }
      if (backend.afterQuery) rendered.query += backend.afterQuery(rendered)
      return rendered
    })
    const output = backend.output ? backend.output(queries) : queries.map((q) => q.query + '\n').join('')
    return state.warnings.length > 0 ? { ok: true, output, warnings: state.warnings } : { ok: true, output }
  } catch (error) {
    if (error instanceof SigmaError) return failure(error, backend)
    return { ok: false, error: `Internal error in ${backend.id}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function failure(error: SigmaError, backend: TextQueryBackend): ConversionResult {
  const message = error instanceof UnsupportedFeatureError && !error.message.startsWith(backend.id) ? `${backend.id} cannot convert this rule: ${error.message}.` : error.message
  const hasRange = error.range.end > error.range.start || error.range.start > 0
  return hasRange ? { ok: false, error: message, range: error.range } : { ok: false, error: message }
}
