import type { ValidationRule } from 'graphql'
import type { Config } from 'payload'

/**
 * Production GraphQL answers a wrong field name without "Did you mean …?", which would spell out the schema that
 * introspection (off in production) hides. graphql-js asks its validation context whether to suggest; Payload
 * gives no way to set that, so this rule, run with the others, sets it.
 */
export const hideSuggestionsInProduction: ValidationRule = (context) => {
  if (process.env.NODE_ENV === 'production') Object.defineProperty(context, 'hideSuggestions', { value: true })
  return {}
}

/**
 * The GraphQL API's cost limit. Payload counts 1 for each field and 10 for each relation; a page of articles with
 * their image and regions costs about 40, while 200 aliased list queries in one request (the probe that held the
 * server for 18–39 s) cost 600 or more. Nothing of the app's own uses GraphQL.
 */
export const apiGraphQL: Config['graphQL'] = {
  disablePlaygroundInProduction: true,
  disableIntrospectionInProduction: true,
  maxComplexity: 300,
  validationRules: () => [hideSuggestionsInProduction],
}
