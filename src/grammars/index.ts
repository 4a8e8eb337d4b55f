export { compileGrammar, otherTableId, type CompiledGrammar, type TableTitleMatch } from './compile.js'
export { extendGrammar } from './extend.js'
export { titleKey } from './title-key.js'
