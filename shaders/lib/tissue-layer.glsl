// tissue-layer.glsl — where a fragment of the skin block lies, for the full tissue program and its
// flat first picture alike (so the first picture's layers sit exactly where the textures will):
// a hidden slab and a condition's dent (open air) are discarded; below a dent the depth follows
// its floor; then the undulating junction (thinner, flatter in a condition's altered tissue) and
// the layer index (0 stratum corneum … 4 fat). Include after lib/junction.glsl and lib/dent.glsl,
// and after uBoundsMm (corneum, mean junction, papillary, dermis bottoms; mm) and uReteRidgeMm.
// The dent and the altered tissue are compiled in only where the block shows a condition (define
// CONDITION, SkinBlock): healthy skin's programs leave them out, since software WebGL builds a
// program at its first draw in time that grows with its code (README Performance).
uniform float uLayerShown[5];
uniform float uCondEverywhere;
uniform float uCondEpidermis;
uniform float uCondRete;
varying vec3 vBlockPos;
varying vec3 vNormal;
varying float vLayer;

struct TissueSpot {
  vec3 p;          // block position, mm
  vec3 n;          // unit normal
  float depth;     // mm below the surface (below a dent: rescaled to its floor)
  float inCond;    // 1 inside a treated condition's altered area
  bool horizontal; // a top or bottom face (else a cut face)
  vec2 q;          // the face's own 2D coordinates, mm
  float px;        // mm per pixel on the face
  float junctionMean;
  float junction;  // depth of the dermal–epidermal junction here, mm
  float layer;     // 0 stratum corneum … 4 fat
};

TissueSpot tissueSpot() {
  // Each slab is closed, so hiding one shows the faces of its neighbours (and what lies inside).
  float slab = floor(vLayer + 0.5);
  for (int i = 0; i < 5; i++) {
    if (float(i) == slab && uLayerShown[i] < 0.5) discard;
  }
  TissueSpot s;
  s.p = vBlockPos;
  s.n = normalize(vNormal);
  s.depth = -s.p.y;
  // The epidermis's thickness and the rete ridges' depth, × normal.
  float epidermis = 1.0, rete = 1.0;
#ifdef CONDITION
  float dent = dentDepthMm(s.p.xz);
  if (s.depth < dent - 1e-4) discard;
  if (dent > 0.0 && s.depth < uBoundsMm.w) s.depth = (s.depth - dent) * uBoundsMm.w / max(uBoundsMm.w - dent, 1e-3);
  s.inCond = max(uCondEverywhere, 1.0 - smoothstep(0.92, 1.04, dentAcross(s.p.xz)));
  epidermis = mix(1.0, uCondEpidermis, s.inCond);
  rete = mix(1.0, uCondRete, s.inCond);
#else
  s.inCond = 0.0;
#endif
  s.horizontal = abs(s.n.y) > 0.5;
  s.q = s.horizontal ? s.p.xz : vec2(abs(s.n.z) > 0.5 ? s.p.x : s.p.z, s.depth);
  s.px = max(fwidth(s.q.x), fwidth(s.q.y));
  s.junctionMean = uBoundsMm.x + (uBoundsMm.y - uBoundsMm.x) * epidermis;
  s.junction = s.junctionMean + uReteRidgeMm * rete * junctionOffset(s.p.xz);
  s.layer = s.depth < uBoundsMm.x ? 0.0 : s.depth < s.junction ? 1.0 : s.depth < uBoundsMm.z ? 2.0 : s.depth < uBoundsMm.w ? 3.0 : 4.0;
  return s;
}
