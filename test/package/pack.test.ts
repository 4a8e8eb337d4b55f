/**
 * The published package: `npm pack` gives a tarball that, installed in an
 * empty folder, runs the CLI and imports from ESM and CommonJS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { root, seeds } from '../helpers.js'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let folder = ''

beforeAll(() => {
  const packed = mkdtempSync(join(tmpdir(), 'yujuesuan-pack-'))
  execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', packed], { cwd: root, stdio: 'pipe' })
  const tarball = join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz'))!)
  folder = mkdtempSync(join(tmpdir(), 'yujuesuan-install-'))
  writeFileSync(join(folder, 'package.json'), '{"name":"consumer","private":true}\n')
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], { cwd: folder, stdio: 'pipe' })
}, 240_000)

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: folder, encoding: 'utf8' })

describe('the packed tarball', () => {
  it('runs the CLI', () => {
    const output = execFileSync(join(folder, 'node_modules/.bin/yujuesuan'), ['extract', join(root, seeds['004'])], { encoding: 'utf8' })
    expect(JSON.parse(output).meta.department.value).toBe('武汉市东西湖区科学技术协会')
  })

  it('imports from ESM', () => {
    const script = `import { extract } from 'yujuesuan'; import { documentSchema } from 'yujuesuan/schemas';
const d = extract('第一部分 某局概况\\n第二部分 2023 年度部门决算表'); console.log(d.sections.length, documentSchema.safeParse(d).success)`
    expect(node(['--input-type=module', '-e', script]).trim()).toBe('2 true')
  })

  it('requires from CommonJS', () => {
    const script = `const { extract } = require('yujuesuan'); const { metaSchema } = require('yujuesuan/schemas');
const d = extract('第一部分 某局概况\\n第二部分 2023 年度部门决算表'); console.log(d.meta.kind.value, typeof metaSchema.parse)`
    expect(node(['-e', script]).trim()).toBe('决算 function')
  })
})
