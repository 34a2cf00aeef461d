// Shader compile check: every shaders/*.frag.glsl with its vertex stage, assembled exactly as the
// app does (src/scene/shaderSource.ts) and wrapped in the prefix three r187 adds to a
// ShaderMaterial under WebGL2, compiles and links with an empty log in real Chromium WebGL2;
// a deliberately broken copy fails (so the check can fail); and the built app records no
// shader errors from three at runtime in any stain or layout.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ShaderChunk } from 'three';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageSource } from '../../src/scene/shaderSource';
import { launchBrowser, recordPage, ROOT, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { waitInPage } from './browsers';

const SHADER_DIR = path.join(ROOT, 'shaders');
const FRAME_TIMEOUT_MS = 60_000;

const PRECISION = ['float', 'int', 'sampler2D', 'samplerCube', 'sampler3D', 'sampler2DArray', 'sampler2DShadow', 'samplerCubeShadow',
  'sampler2DArrayShadow', 'isampler2D', 'isampler3D', 'isamplerCube', 'isampler2DArray', 'usampler2D', 'usampler3D', 'usamplerCube',
  'usampler2DArray'].map((t) => `precision highp ${t};`).concat('#define HIGH_PRECISION');

/** three's `#include <chunk>` resolution (WebGLProgram.resolveIncludes), recursively. */
function resolveThreeIncludes(source: string): string {
  return source.replace(/^[ \t]*#include +<([\w\d./]+)>/gm, (_m, name: string) => {
    const chunk = (ShaderChunk as unknown as Record<string, string | undefined>)[name];
    if (chunk === undefined) throw new Error(`Can not resolve #include <${name}>`);
    return resolveThreeIncludes(chunk);
  });
}

/** The vertex prefix three r187 writes for a (non-raw) ShaderMaterial in WebGL2. */
function vertexPrefix(name: string, body: string): string {
  return [
    '#version 300 es',
    '#define attribute in', '#define varying out', '#define texture2D texture',
    ...PRECISION,
    '#define SHADER_TYPE ShaderMaterial', `#define SHADER_NAME ${name}`,
    /\binstanceMatrix\b/.test(body) ? '#define USE_INSTANCING' : '',
    /\binstanceColor\b/.test(body) ? '#define USE_INSTANCING_COLOR' : '',
    'uniform mat4 modelMatrix;', 'uniform mat4 modelViewMatrix;', 'uniform mat4 projectionMatrix;', 'uniform mat4 viewMatrix;',
    'uniform mat3 normalMatrix;', 'uniform vec3 cameraPosition;', 'uniform bool isOrthographic;',
    '#ifdef USE_INSTANCING', '\tattribute mat4 instanceMatrix;', '#endif',
    '#ifdef USE_INSTANCING_COLOR', '\tattribute vec3 instanceColor;', '#endif',
    'attribute vec3 position;', 'attribute vec3 normal;', 'attribute vec2 uv;',
  ].filter((l) => l !== '').join('\n') + '\n';
}

/** The fragment prefix: GLSL 1 → 3 defines, precision, tone mapping and colour-space helpers. */
function fragmentPrefix(name: string): string {
  return [
    '#version 300 es',
    '#define varying in', 'layout(location = 0) out highp vec4 pc_fragColor;', '#define gl_FragColor pc_fragColor',
    '#define gl_FragDepthEXT gl_FragDepth', '#define texture2D texture', '#define textureCube texture', '#define texture2DProj textureProj',
    '#define texture2DLodEXT textureLod', '#define texture2DProjLodEXT textureProjLod', '#define textureCubeLodEXT textureLod',
    '#define texture2DGradEXT textureGrad', '#define texture2DProjGradEXT textureProjGrad', '#define textureCubeGradEXT textureGrad',
    ...PRECISION,
    '#define SHADER_TYPE ShaderMaterial', `#define SHADER_NAME ${name}`,
    'uniform mat4 viewMatrix;', 'uniform vec3 cameraPosition;', 'uniform bool isOrthographic;',
    '#define TONE_MAPPING', ShaderChunk.tonemapping_pars_fragment,
    'vec3 toneMapping( vec3 color ) { return NeutralToneMapping( color ); }',
    ShaderChunk.colorspace_pars_fragment,
    'vec4 linearToOutputTexel( vec4 value ) { return sRGBTransferOETF( vec4( mat3( 1.0000, 0.0000, 0.0000, 0.0000, 1.0000, 0.0000, 0.0000, 0.0000, 1.0000 ) * value.rgb, value.a ) ); }',
    'float luminance( const in vec3 rgb ) { const vec3 weights = vec3( 0.2126, 0.7152, 0.0722 ); return dot( weights, rgb ); }',
  ].join('\n') + '\n';
}

interface Program { name: string; vertex: string; fragment: string }

/**
 * What WebGL compiles for shaders/NAME.frag.glsl with its vertex stage: NAME.vert.glsl, or for a
 * variant BASE.VARIANT.frag.glsl (tissue.flat) the base's, BASE.vert.glsl.
 */
function program(name: string, fragmentOverride?: string): Program {
  const vert = stageSource(readFileSync(path.join(SHADER_DIR, `${name.split('.')[0]}.vert.glsl`), 'utf8'));
  const frag = stageSource(fragmentOverride ?? readFileSync(path.join(SHADER_DIR, `${name}.frag.glsl`), 'utf8'));
  return {
    name,
    vertex: vertexPrefix(name, vert) + resolveThreeIncludes(vert),
    fragment: fragmentPrefix(name) + resolveThreeIncludes(frag),
  };
}

interface Outcome { name: string; vertexOk: boolean; fragmentOk: boolean; linked: boolean; log: string }

/** Compiles and links each program in a fresh WebGL2 context in the page. */
function compileAll(session: BrowserSession, programs: Program[]): Promise<Outcome[]> {
  return session.page.evaluate((list) => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) throw new Error('no WebGL2 context');
    return list.map((p) => {
      const stage = (type: number, src: string) => {
        const s = gl.createShader(type)!;
        gl.shaderSource(s, src);
        gl.compileShader(s);
        return s;
      };
      const vs = stage(gl.VERTEX_SHADER, p.vertex);
      const fs = stage(gl.FRAGMENT_SHADER, p.fragment);
      const prog = gl.createProgram();
      gl.attachShader(prog, vs);
      gl.attachShader(prog, fs);
      gl.linkProgram(prog);
      const log = [gl.getShaderInfoLog(vs), gl.getShaderInfoLog(fs), gl.getProgramInfoLog(prog)].map((l) => (l ?? '').trim()).filter(Boolean).join('\n');
      return {
        name: p.name,
        vertexOk: gl.getShaderParameter(vs, gl.COMPILE_STATUS) === true,
        fragmentOk: gl.getShaderParameter(fs, gl.COMPILE_STATUS) === true,
        linked: gl.getProgramParameter(prog, gl.LINK_STATUS) === true,
        log,
      };
    });
  }, programs);
}

const stagesEndingIn = (suffix: string): string[] => readdirSync(SHADER_DIR).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();
const VERTEX_NAMES = stagesEndingIn('.vert.glsl');
/** One program per fragment stage. */
const PROGRAM_NAMES = stagesEndingIn('.frag.glsl');

let session: BrowserSession;

beforeAll(async () => {
  session = await launchBrowser();
  await session.page.goto('about:blank');
});

afterAll(async () => {
  await session?.close();
});

describe('shader compile check', () => {
  it('finds a fragment stage for every vertex stage in shaders/, and a vertex stage for every fragment stage', () => {
    expect(VERTEX_NAMES.length).toBeGreaterThan(0);
    expect([...new Set(PROGRAM_NAMES.map((n) => n.split('.')[0]))].sort()).toEqual(VERTEX_NAMES);
    expect(PROGRAM_NAMES).toContain('tissue.flat');
  });

  it('compiles and links every program with an empty log in WebGL2', async () => {
    const outcomes = await compileAll(session, PROGRAM_NAMES.map((n) => program(n)));
    for (const o of outcomes) {
      expect({ name: o.name, vertexOk: o.vertexOk, fragmentOk: o.fragmentOk, linked: o.linked, log: o.log })
        .toEqual({ name: o.name, vertexOk: true, fragmentOk: true, linked: true, log: '' });
    }
  });

  it('compiles the tissue stage in each stain (STAIN 0, 1, 2), with and without a wound (LESION) or a condition (CONDITION), as SkinBlock defines them', async () => {
    const read = (name: string) => readFileSync(path.join(SHADER_DIR, `${name}.frag.glsl`), 'utf8');
    const features = ['', 'LESION', 'CONDITION', 'LESION CONDITION'];
    const defines = (names: string) => names.split(' ').filter(Boolean).map((d) => `#define ${d} 1\n`).join('');
    const variants = [0, 1, 2].flatMap((stain) => features.map((f) =>
      ({ ...program('tissue', `#define STAIN ${stain}\n${defines(f)}${read('tissue')}`), name: `tissue STAIN ${stain} ${f}` })));
    // The flat first picture follows a condition's dent too.
    const flat = features.filter((f) => !f.includes('LESION')).map((f) =>
      ({ ...program('tissue.flat', `${defines(f)}${read('tissue.flat')}`), name: `tissue.flat ${f}` }));
    const outcomes = await compileAll(session, [...variants, ...flat]);
    expect(outcomes).toHaveLength(14);
    for (const o of outcomes) expect({ name: o.name, linked: o.linked, log: o.log }).toEqual({ name: o.name, linked: true, log: '' });
  });

  it('fails on a fragment shader with a syntax error injected, so the check can fail', async () => {
    const source = readFileSync(path.join(SHADER_DIR, 'tissue.frag.glsl'), 'utf8');
    const broken = source.replace('void main() {', 'void main() {\n  float broken = ;');
    expect(broken).not.toBe(source);
    const [o] = await compileAll(session, [program('tissue', broken)]);
    expect(o.fragmentOk).toBe(false);
    expect(o.linked).toBe(false);
    expect(o.log).toMatch(/error/i);
  });
});

describe('the built app at runtime', () => {
  let server: PreviewServer;
  beforeAll(async () => { server = await startPreview(); });
  afterAll(async () => { await server?.stop(); });

  it('records no shader errors from three in any stain or layout, alone or comparing', async () => {
    const page = session.page;
    const record = recordPage(page);
    await page.goto(`${server.url}?test&scenario=microneedling-face-0.5mm&compare=deep-incision&t=48`, { waitUntil: 'load' });
    await waitInPage(page, () => '__coriumShaderErrors' in window, FRAME_TIMEOUT_MS);
    const frames = (n: number) => page.evaluate((count) => new Promise<void>((resolve) => {
      let left = count;
      const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }), n);
    for (const [stain, layout] of [['natural', 'cutaway'], ['he', 'cutaway'], ['trichrome', 'exploded'], ['natural', 'exploded']] as const) {
      await page.evaluate(([s, l]) => {
        const store = (window as unknown as { __corium: { getState(): { setStain(s: string): void; setLayout(l: string): void } } }).__corium;
        store.getState().setStain(s);
        store.getState().setLayout(l);
      }, [stain, layout]);
      await frames(3);
      const errors = await page.evaluate(() => (window as unknown as { __coriumShaderErrors: string[] }).__coriumShaderErrors);
      expect(errors, `${stain}/${layout}`).toEqual([]);
    }
    expect(record.pageErrors).toEqual([]);
  });
});
