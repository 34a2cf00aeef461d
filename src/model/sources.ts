// The evidence behind every number in the model: one row per source, with its evidence tag.
// The app's Sources panel and the CLI show this table; model constants point into it by id.
// Tags (REFERENCE.md): V = read in the primary source; S = secondary or clinical pages only;
// M = common textbook value; S? = not verified (a placeholder, REFERENCE §9–11); D = derived here or a
// model assumption calibrated to the others.

export type EvidenceTag = 'V' | 'S' | 'M' | 'S/M' | 'S?' | 'D';

export interface Source {
  readonly id: string;
  /** What the number is about, e.g. "Stratum corneum thickness, forearm". */
  readonly topic: string;
  /** The value or finding as the source gives it. */
  readonly finding: string;
  readonly citation: string;
  readonly evidence: EvidenceTag;
  /** A caveat the app must show alongside the number (REFERENCE.md "caveat"). */
  readonly caveat?: string;
}

const table = [
  // §1 Layers
  { id: 'sandby2003', topic: 'Stratum corneum and viable epidermis, forearm and shoulder', finding: 'SC 18 ± 5 µm forearm, 11 ± 2 µm shoulder; viable epidermis 57 ± 12 µm forearm, 70 ± 14 µm shoulder', citation: 'Sandby-Møller 2003, Acta Derm Venereol 83:410', evidence: 'V' },
  { id: 'tsugita2013', topic: 'Stratum corneum, face', finding: '~10–15 µm (mean 14 over 11 sites)', citation: 'Tsugita, Skin Res Technol, doi 10.1111/srt.12021', evidence: 'V' },
  { id: 'palm-thick-skin', topic: 'Palm (thick skin): stratum corneum and epidermis', finding: 'SC ~400–600 µm; epidermis 400–1,400 µm', citation: 'Clinical and textbook values', evidence: 'S/M' },
  { id: 'chopra2015', topic: 'Face: epidermis and dermis', finding: 'epidermis 30–63 µm (other series 66–123); dermis 0.76–1.97 mm, cheek/forehead ~1.1–1.9 mm', citation: 'Chopra 2015, Aesthet Surg J 35:1007', evidence: 'V' },
  { id: 'oltulu2018', topic: 'Body: epidermis and dermis', finding: 'epidermis 77–267 µm; dermis 2.1–5.9 mm, back ~3–4 mm', citation: 'Oltulu 2018, Turk J Plast Surg 26:56', evidence: 'V' },
  { id: 'papillary-fifth', topic: 'Papillary vs reticular dermis', finding: 'papillary ≈ top fifth of the dermis (~0.1–0.4 mm)', citation: 'Textbook value', evidence: 'S/M' },
  { id: 'hypodermis', topic: 'Hypodermis thickness', finding: 'a few mm (face, forearm) to several cm (abdomen)', citation: 'Textbook value', evidence: 'M' },
  { id: 'rete-ridges', topic: 'Rete ridges', finding: '~50–150 µm deep; flatten with age', citation: 'Textbook value', evidence: 'M' },
  // §2 Structures
  { id: 'braverman1997', topic: 'Vascular plexuses', finding: 'subpapillary plexus at the papillary/reticular border (~0.3–0.5 mm); deep plexus at the dermis/fat border', citation: 'Braverman 1997, Microcirculation 4:329', evidence: 'V' },
  { id: 'capillary-loops', topic: 'Capillary loops', finding: 'tips ~0.1–0.2 mm below the surface in thin skin', citation: 'Textbook value', evidence: 'M' },
  { id: 'follicles', topic: 'Hair follicles', finding: 'terminal bulbs in the fat 2–5 mm deep; vellus follicles end in the reticular dermis; none in palms', citation: 'Clinical and textbook values', evidence: 'S/M' },
  { id: 'sebaceous', topic: 'Sebaceous glands', finding: '~0.3–1 mm deep; none in palms', citation: 'Textbook value', evidence: 'M' },
  { id: 'hilliges1995', topic: 'Nerve endings', finding: 'free nerve endings reach into all living epidermal layers', citation: 'Hilliges 1995, J Invest Dermatol 104:134', evidence: 'V' },
  { id: 'gill2008', topic: 'Pain vs needle size', finding: '480–1,450 µm needles hurt 5–40% as much as a 26-gauge hypodermic; 3× length → ~7× pain; 10× needle count → ~2× pain', citation: 'Gill 2008, Clin J Pain 24:585', evidence: 'V', caveat: 'Measured for single insertions of needle patches; applying it to rollers and pens is an extrapolation.' },
  // §3 Devices and dose
  { id: 'needle-length', topic: 'Needle length', finding: '0.25–2.5 mm', citation: 'Device specifications', evidence: 'V' },
  { id: 'depth-by-purpose', topic: 'Depth by purpose', finding: '0.25–0.5 texture; 0.5–1.0 fine lines; 1.0–2.0 acne scars; 1.5–2.5 atrophic scars', citation: 'Practice convention', evidence: 'S' },
  { id: 'juhasz2020', topic: 'Scar protocols', finding: '1.5–3.0 mm, 4–10 passes, endpoint uniform pinpoint bleeding, 1–12 sessions 1–8 weeks apart', citation: 'Juhasz & Cohen 2020, CCID, doi 10.2147/CCID.S267192', evidence: 'V' },
  { id: 'kalluri2011', topic: 'Real depth of roller channels', finding: '770 µm roller needles made channels ~152 ± 10 µm deep, ~71 µm wide; pores shut by 12–18 h', citation: 'Kalluri 2011, AAPS J 13:473', evidence: 'V', caveat: 'One roller, one study: real depth depends on pressure, needle shape and skin.' },
  { id: 'sasaki2019', topic: 'Real depth of pen channels', finding: 'a pen at 0.5 or 1.5 mm reached about the set depth; after 1.5 mm water loss stayed raised for 48 h', citation: 'Sasaki 2019, Aesthet Surg J Open Forum', evidence: 'V' },
  { id: 'schwarz-laaff2011', topic: 'Dermaroller; channel closure; elastin', finding: '192 needles in 8 rows on a ~2 × 2 cm drum; needle diameter 0.07–0.25 mm; channels visibly closed within minutes; elastin 1.1–2× in 7 of 10 patients', citation: 'Schwarz & Laaff 2011, PRS 127:146e; Doddaballapur 2009', evidence: 'V' },
  { id: 'roller-dose', topic: 'Roller dose', finding: '15 rolls → ~250 holes/cm²', citation: 'Schwarz & Laaff 2011', evidence: 'V' },
  { id: 'pen-device', topic: 'Motorised pen', finding: '11–16 needles, up to ~90–120 Hz, ~1,000 micro-wounds/s', citation: 'Device specifications; clinical pages', evidence: 'S' },
  { id: 'pen-dose-derived', topic: 'Pen dose', finding: 'holes/cm² ≈ needles × Hz ÷ (glide speed × tip width); 12 × 100 Hz at 2 cm/s, 0.8 cm tip ≈ 750/cm²', citation: 'Derivation, not a source', evidence: 'D' },
  { id: 'roller-dose-derived', topic: 'Roller holes per pass', finding: 'holes/cm² per pass = needles ÷ (drum circumference × drum width) = 192 ÷ (π·2 cm × 2 cm) ≈ 15', citation: 'Derivation from the drum geometry; checked against "15 rolls → ~250 holes/cm²"', evidence: 'D' },
  { id: 'channel-closure', topic: 'Micro-channel closure', finding: 'visibly closed within minutes; barrier back in ~2 h (human) to 4–5 h (rat); pores shut by 12–18 h', citation: 'Schwarz & Laaff 2011; Gupta 2011; Kalluri 2011; Sasaki 2019', evidence: 'V' },
  { id: 'chu2021', topic: 'Redness and side effects after microneedling', finding: 'redness hours to 2–3 days (one series 3–6 h; SkinPen 24–48 h); passing side effects up to 7 days', citation: 'Chu 2021, Dermatol Surg', evidence: 'V' },
  { id: 'course-sessions', topic: 'Treatment course', finding: 'typically 3–6 sessions, 4–6 weeks apart', citation: 'PMC6122507; Fabbrocini 2014; El-Domyati 2015; Lotfi 2013', evidence: 'V' },
  // §4 Healing stages
  { id: 'stage-hemostasis', topic: 'Hemostasis', finding: 'seconds to hours: platelets, fibrin plug; PDGF, TGF-β', citation: 'Textbook', evidence: 'S/M' },
  { id: 'stage-inflammation', topic: 'Inflammation', finding: 'neutrophils peak 24–48 h; macrophages take over by 48–72 h, peak ~day 3–5; phase ~days 1–7', citation: 'Textbook', evidence: 'S/M' },
  { id: 'stage-proliferation', topic: 'Proliferation', finding: '~day 3 to week 3: fibroblasts, new vessels (VEGF), re-epithelialisation; collagen III early, type I dominant again by ~week 2', citation: 'Textbook', evidence: 'S/M' },
  { id: 'ireton2013', topic: 'Remodeling and tensile strength', finding: 'strength ~50% at 3 months, sigmoid, plateau ~80% (70–85%) of unwounded', citation: 'Ireton 2013, PRS Global Open', evidence: 'V' },
  { id: 'normal-collagen', topic: 'Normal dermal collagen', finding: '~80–90% type I, ~10–20% type III', citation: 'Textbook', evidence: 'S/M' },
  { id: 'stumpp2009', topic: 'Micro-wound re-epithelialisation', finding: 'wounds under 500 µm wide re-epithelialise in 10–28 h', citation: 'Stumpp 2009, J Biomed Opt', evidence: 'V' },
  { id: 'brogden2012', topic: 'Inflammation after micro-injury', finding: 'brief and low-grade; anti-inflammatory drugs slow micropore closure', citation: 'Brogden 2012, J Control Release', evidence: 'V' },
  { id: 'aust2010', topic: 'Growth factors after microneedling (rats)', finding: 'VEGF, EGF, FGF-7, collagen I up; epidermis +140%; TGF-β3 raised for 2 weeks', citation: 'Aust 2010, Clin Exp Dermatol 35:437', evidence: 'V', caveat: 'Human TGF-β3 therapy (avotermin) failed Phase III: "TGF-β3 means no scar" is a hypothesis, not a fact.' },
  // §5 Outcomes
  { id: 'aust2008', topic: 'Microneedling histology at 6 months', finding: 'considerable increase in collagen and elastin; stratum spinosum +40%; normal rete ridges at 1 year', citation: 'Aust 2008, PRS 121:1421', evidence: 'V' },
  { id: 'lotfi2013', topic: 'Five monthly 1.5 mm roller sessions', finding: 'epidermis +50%; papillary collagen +53.2% (trichrome)', citation: 'Lotfi 2013', evidence: 'V' },
  { id: 'facial-study-2021', topic: 'Four monthly facial sessions', finding: 'dermal density +102%, epidermal density +19%, elasticity +28%; elastin protein unchanged', citation: 'Kenkel 2021, Aesthet Surg J (news summary)', evidence: 'S' },
  { id: 'collagen-400-unconfirmed', topic: '"Up to 400% collagen after 4 sessions"', finding: 'widely repeated, NOT confirmed in the primary abstract; the model does not use it', citation: 'Secondary pages only', evidence: 'S', caveat: 'Unconfirmed: the model lands tens of percent to about double, never 400%.' },
  // §6 Scars
  { id: 'scar-collagen-pattern', topic: 'Collagen pattern', finding: 'normal dermis basket-weave; scar bundles parallel to the surface', citation: 'Textbook', evidence: 'S/M' },
  { id: 'gauglitz2011', topic: 'Hypertrophic scar and keloid', finding: 'hypertrophic: appears 4–8 weeks, grows up to 6 months, fades over years, stays within the wound, 40–70% after surgery, up to 91% after burns; keloid: grows beyond the edges, never regresses', citation: 'Gauglitz, Mol Med, Table 1', evidence: 'V' },
  { id: 'limandjaja2020', topic: 'Keloid', finding: 'thick glassy disorganised collagen; 6–16% incidence in African populations', citation: 'Limandjaja 2020', evidence: 'V' },
  { id: 'oliveira2009', topic: 'Collagen I:III in scars', finding: 'hypertrophic scars richer in type III than normal scars; in keloids type I rises', citation: 'Oliveira 2009; PMC5682018', evidence: 'V' },
  { id: 'fabbrocini2010', topic: 'Atrophic acne scars', finding: '80–90% of acne scars are atrophic; ice-pick < 2 mm wide, V-shaped, down to the deep dermis; boxcar 1.5–4 mm wide, 0.1–0.5 mm or > 0.5 mm deep, flat floor, sharp walls; rolling 4–5 mm+, tethered', citation: 'Fabbrocini 2010, Dermatol Res Pract', evidence: 'V' },
  { id: 'dunkin2007', topic: 'Depth threshold for scarring', finding: 'scar only where a cut is deeper than 0.56 ± 0.03 mm (~33% of skin thickness); shallow end invisible by week 18', citation: 'Dunkin 2007, PRS 119:1722', evidence: 'V', caveat: 'A linear cut that removed tissue, not a puncture: needles longer than 0.56 mm do not thereby scar.' },
  { id: 'scar-persistence', topic: 'Why scars persist', finding: 'prolonged inflammation and TGF-β1 keep myofibroblasts active', citation: 'Textbook', evidence: 'M' },
  { id: 'scar-elastin', topic: 'Elastin in scars', finding: 'scar dermis has few, fragmented elastic fibres compared with normal dermis', citation: 'Textbook', evidence: 'M' },
  { id: 'deitch1983', topic: 'Burn healing time and scarring', finding: 'hypertrophic scars in about a third of burns healing in 14–21 days and ~78% of those healing after 21 days; deep partial-thickness burns take over 3 weeks', citation: 'Deitch 1983, J Trauma 23:895', evidence: 'S' },
  // §7 Risks
  { id: 'contraindications', topic: 'Contraindications to microneedling', finding: 'active infection, active inflammatory acne, keloid or hypertrophic-scar tendency, bleeding disorders/anticoagulants, isotretinoin within ~6 months, flaring eczema/psoriasis/rosacea, immunosuppression, pregnancy', citation: 'Clinical consensus', evidence: 'S' },
  { id: 'side-effects', topic: 'Side effects', finding: 'passing: redness, swelling, pain, post-inflammatory hyperpigmentation, dryness; rare: persistent hyperpigmentation, tram-track scarring, granulomas', citation: 'Chu 2021 (85 articles)', evidence: 'V' },
  // §9 What the patient sees, by day (the patient plan, plan.ts)
  { id: 'plan-bleeding', topic: 'Pinpoint bleeding during treatment', finding: '0.25–0.5 mm: none or sparse; 1.5–2.5 mm: uniform pinpoint bleeding is the intended endpoint, stopped by pressure within minutes; petechiae can stay visible 3–4 h', citation: 'plasticsurgerykey chapter "Microneedling: Clinical Applications"; AAD news release 16 Feb 2018 (Alster); clinic FAQ', evidence: 'S/M' },
  { id: 'plan-erythema', topic: 'Redness after microneedling, by depth', finding: '0.25–0.5 mm: hours to under 24 h; 1.0 mm: like a moderate sunburn, mostly gone in ~24 h; 1.5–2.5 mm: 3–6 h (n=36), 1–2 d (n=31), "1–3 d at most"; ≤ 7 d in a systematic review; redness that persists or returns after a week suggests dermatitis or a granulomatous reaction', citation: 'HK J Dermatol Venereol 2018;26:52–7; Vietnamese series n=31; acne.org (Alam 2014, Harris 2015); RealSelf SkinPen page; Chu 2021', evidence: 'V' },
  { id: 'plan-oedema', topic: 'Swelling after microneedling', finding: '0.25–0.5 mm: negligible; 1.0 mm: mild, 24–48 h; 1.5–2.5 mm: mild to moderate, worst on day 0–1, 3–6 h to ~72 h; swelling can briefly hide fine lines', citation: 'Dr Pen FAQ; HK 2018; Martin & Huang 2021 JAAD Case Rep 10:96; clinic pages', evidence: 'S' },
  { id: 'plan-sensitivity', topic: 'Warmth, tightness and tenderness after treatment', finding: 'sunburn-like heat and tightness 12–36 h after lighter treatments, 1–3 d after deeper ones; burning resolved in 1–2 d', citation: 'Clinic aftercare pages; Vietnamese series; Chu 2021', evidence: 'S' },
  { id: 'plan-flaking', topic: 'Dryness and flaking', finding: '0.25–0.5 mm: mild dryness only; 1.0–2.5 mm: dryness from about day 2–3, flaking or peeling about days 3–5, gone by about day 7', citation: 'Dr Pen FAQ; clinic pages; acne.org; Chu 2021', evidence: 'S' },
  { id: 'plan-bruising', topic: 'Bruising', finding: 'uncommon at ≤ 1.0 mm; more likely at 1.5–2.5 mm over thin or bony skin and with aspirin, NSAIDs, fish oil, alcohol or anticoagulants; fades within about a week, purple → green → yellow', citation: 'Dr Pen FAQ; MDedge summary of Chu 2021; J Cosmet Dermatol dark-skin study n=39; clinic contraindication lists', evidence: 'S' },
  { id: 'pih-risk', topic: 'Darkening after inflammation (post-inflammatory hyperpigmentation)', finding: 'risk rises with darker skin type; PIH in 5 of 30 FST IV–V patients (1.5 mm, 5 sessions) and 7/32 (21.9%) in striae alba; none in other series incl. 60 FST I–VI patients; lower than after ablative or thermal resurfacing', citation: 'Chu 2021; Dogra 2014 J Cosmet Dermatol (PMID 25196684); Arch Dermatol Res 2023 doi 10.1007/s00403-023-02601-w; Fabbrocini 2014; Cohen & Elbuluk 2016 JAAD 74:348', evidence: 'V' },
  { id: 'pih-timing', topic: 'When darkening appears and how long it lasts', finding: 'appears as the redness fades, within weeks, and can persist for months', citation: 'Not verified here (REFERENCE §9)', evidence: 'S?' },
  { id: 'fitzpatrick-types', topic: 'Skin type (Fitzpatrick I–VI)', finding: 'I: always burns, never tans … VI: never burns, deeply pigmented; types IV–VI tan easily', citation: 'Fitzpatrick 1988, Arch Dermatol 124:869 (standard classification)', evidence: 'M' },
  { id: 'plan-aftercare', topic: 'Make-up, sunscreen and skincare actives after treatment', finding: 'day 0: bland hydrating gel only; make-up after ≥ 24 h (next day to 48 h); mineral SPF 30+ from day 0–1; retinoids, acids, vitamin C held ~5–7 d or until healed', citation: 'plasticsurgerykey chapter; RealSelf; Eternal Dermatology; Monarch aftercare (clinic pages)', evidence: 'S' },
  { id: 'friedmann2024', topic: 'Granulomas after microneedling', finding: 'granulomatous reactions in 15 patients across a systematic review, mostly after pens with topical vitamin C pushed into fresh channels', citation: 'Friedmann 2024, Dermatol Surg, doi 10.1097/dss.0000000000004450', evidence: 'V' },
  { id: 'plan-sun', topic: 'Sun protection after treatment', finding: 'avoid direct sun 48 h to 1 week; broad-spectrum SPF 30+ daily for at least 2–4 weeks; sun soon after treatment raises darkening risk; no trial defines the best duration', citation: 'Clinic pages (cherieamour, flawlesssi); Alster quoted on PIH', evidence: 'S' },
  { id: 'plan-exercise', topic: 'Sweating and exercise after treatment', finding: 'clinics restrict sweating, make-up, sun and actives for 24–72 h', citation: 'Clinic aftercare pages', evidence: 'S' },
  { id: 'harris2015', topic: 'Interval between sessions', finding: 'trial protocols every 2 weeks (El-Domyati 2015, Alam 2014) or every 4 weeks (Dogra 2014, Park 2012); acne-scar review median 4 weeks, median 3 sessions, median needle 1.5 mm; shallower needles often repeated sooner', citation: 'Harris 2015, Int J Womens Dermatol 1:77; primary trials', evidence: 'S' },
  { id: 'plan-results', topic: 'When results show', finding: 'days 1–7: the glow is swelling and redness; ~1 month: biopsy collagen changes; ~3 months: wrinkle and texture gains after 4 monthly sessions (sustained at day 150); acne scars significant at 6 months but not 3', citation: 'El-Domyati 2015; PMC6122507; Alam 2014 JAMA Dermatol 150:844; Aust 2008', evidence: 'V' },
  { id: 'plan-warning-signs', topic: 'Signs to call the clinic', finding: 'spreading redness, pus, fever, blisters (infection; 3.1% in one striae series); redness that persists or returns after a week; herpes flares after treatment', citation: 'Chu 2021; Arch Dermatol Res 2023; clinical consensus', evidence: 'S' },
  { id: 'plan-thresholds', topic: 'How the plan reads the model', finding: 'a sign lasts while its signal stays past what the eye can see: redness while erythema > 0.05, warmth and tightness while > 0.3, swelling while blood flow > 1.5 × (shown only if it peaks past 1.75 ×), flaking from when redness falls below 0.2 for up to 4.5 days; next session after 4 × the flaking time (2–5 weeks)', citation: 'Model assumption (Corium), calibrated to REFERENCE §9', evidence: 'D' },
  // §11 Marketing claims vs evidence (myths.ts)
  { id: 'claim-pain', topic: '"Not painful at all"', finding: 'usually done under numbing cream; pain VAS 5.37 with cream alone at 2.5 mm, 3.10 with added pre-needling; 5.23/10 on the body, more than a fractional laser (2.39)', citation: 'AAD Dermatology World 2018; Healio 2016; Am J Clin Dermatol 2019 RCT; Mohamed Ali 2017', evidence: 'V' },
  { id: 'claim-downtime', topic: '"No downtime"', finding: 'transient redness, swelling, pain, dryness last up to 7 d; about 3 d on the body; "social downtime" 1–3 d after dermal-depth treatments, near zero only at ≤ 0.5 mm', citation: 'Alster & Graham 2018; Chu 2021; Gowda 2021; Hou 2017', evidence: 'V' },
  { id: 'claim-skin-types', topic: '"Works for all skin types"', finding: 'lower darkening risk than heat-based methods and used in types IV–VI, but darker skin is a listed risk factor; data on type VI sparse', citation: 'Cohen & Elbuluk 2016; Singh & Yadav 2016; Iriarte 2017; Dogra 2014', evidence: 'S' },
  { id: 'claim-conditions', topic: '"Treats alopecia, rosacea, pigmentation"', finding: 'alopecia mainly as an add-on to minoxidil; rosacea data are for radiofrequency microneedling; melasma as a route for tranexamic acid; not stand-alone cures', citation: 'Dhurat 2013; Kumar 2018; Park SY 2016; Saleh 2019', evidence: 'V' },
  { id: 'claim-thicker-dermis', topic: '"Thickens the dermis"', finding: 'human data show a thicker epidermis (+40%, +50%) and more, denser collagen; a thicker dermis was not found', citation: 'Aust 2008; Lotfi 2013; Kenkel 2021 summary', evidence: 'V' },
  // §10 Conditions treated
  { id: 'jacob2001', topic: 'Acne scar types', finding: 'ice-pick: narrow, deep tracts to the deep dermis or subcutis; boxcar: round, flat-bottomed, sharp vertical walls; rolling: skin tethered to the subcutis by fibrous bands (subcision frees them)', citation: 'Jacob, Dover & Kaminer 2001, JAAD 45(1):109–17', evidence: 'V' },
  { id: 'lotfi2013-scars', topic: 'Acne scars after five monthly 1.5 mm roller sessions', finding: 'rolling and boxcar scars: excellent 20%, good 70%; ice-pick scars "only a slight improvement"; collagen denser and more linear', citation: 'Lotfi 2013, JEWDS 10(3):152–9', evidence: 'V', caveat: 'One small study (30 patients, skin types III–IV), without a control group.' },
  { id: 'vondalwig2020', topic: 'Automated pen, 4 sessions 30 days apart, acne scars', finding: 'Goodman & Baron grade −0.91 [CI 0.78–1.05] three months after the last session; rolling scars −1.06, the best subtype', citation: 'von Dalwig-Nolda & Ablon 2020, J Clin Aesthet Dermatol 13(8):17–22', evidence: 'V', caveat: 'Open label, single centre, no control group: results vary from person to person.' },
  { id: 'majid2009', topic: 'Needling for acne scars', finding: '34 of 36 patients improved by 1–2 Goodman & Baron grades, 2 months after the last session', citation: 'Majid 2009, J Cutan Aesthet Surg 2(1):26–30', evidence: 'V', caveat: 'Small, uncontrolled, not blinded.' },
  { id: 'goodman-baron2006', topic: 'Goodman & Baron acne scar grades', finding: '1 macular (colour only); 2 mild (not obvious at 50 cm, covered by make-up); 3 moderate (obvious at 50 cm); 4 severe', citation: 'Goodman & Baron 2006, Dermatol Surg (PMID 17199653); J Cosmet Dermatol', evidence: 'V' },
  { id: 'el-domyati2015', topic: 'Histology after microneedling acne scars', finding: 'collagen I, III and VII and new collagen increased; total elastin decreased (6 sessions 2 weeks apart, n=10)', citation: 'El-Domyati 2015, J Clin Aesthet Dermatol', evidence: 'V' },
  { id: 'pmc6122507', topic: 'Automated pen for wrinkles, 4 sessions 30 days apart', finding: 'day 150: wrinkles −1.23 grade (Lemperle), laxity −1.09, texture −1.54; significant by day 90; confirmed by profilometry (n=48)', citation: 'J Clin Aesthet Dermatol 2018;11(8):29–34, PMC6122507', evidence: 'V', caveat: 'A device trial without a control side; results vary.' },
  { id: 'lemperle2001', topic: 'Wrinkle grades', finding: 'Lemperle scale 0–5; grade agrees 87% with profilometry; grade 1 nasolabial wrinkle < 0.2 mm', citation: 'Lemperle 2001, Plast Reconstr Surg', evidence: 'V' },
  { id: 'wrinkle-depth', topic: 'Depth of fine lines', finding: 'microrelief lines 20–200 µm deep', citation: 'Bibb, Medical Modelling, p. 264, citing Lemperle', evidence: 'S' },
  { id: 'solar-elastosis', topic: 'Photo-aged dermis', finding: 'tangled, degraded elastic material under the junction (solar elastosis); less, disorganised collagen; flattened junction with loss of rete pegs', citation: "Fitzpatrick's Dermatology ch. 144; Helfrich 2008", evidence: 'M' },
  { id: 'pmc4089350', topic: 'Papillary dermis with age', finding: 'papillary collagen area and bundle thickness fall with age (45 samples); papillary width rose, so "thinner papillary dermis" is not universal', citation: 'PMC4089350', evidence: 'V' },
  { id: 'striae-histology', topic: 'Stretch marks (striae)', finding: 'white (mature): thin flat epidermis without rete ridges, thin dense collagen bundles parallel to the surface, broken elastic fibres; red (early): oedema, dilated vessels, fine elastic fibres', citation: 'Medscape striae workup (Alaiti 2022); Zheng 1985, Br J Dermatol 112:185', evidence: 'M' },
  { id: 'striae-rubra', topic: 'Red (early) stretch marks', finding: 'raised, red then purple lines; dermal oedema and lymphocytes round the vessels; vasodilation, possibly from new vessels; fine elastic fibres, elastin and fibrillin reduced; they later turn white', citation: 'Keen 2016, BJMP 9(3):a919; Medscape striae workup (Alaiti 2022); stratamark histology page; Indian Dermatol Online J case, PMC6233000 (dermoscopy: linear and dotted vessels)', evidence: 'S' },
  { id: 'striae-width', topic: 'Width of a stretch mark', finding: 'about 1–10 mm', citation: 'Not verified here', evidence: 'S?' },
  { id: 'park2012', topic: 'Needling stretch marks, 3 sessions 4 weeks apart', finding: 'marked-to-excellent improvement in 7 of 16 (43.8%)', citation: 'Park 2012, Dermatol Surg 38:1823–8', evidence: 'V', caveat: 'A pilot study of 16 patients, not blinded.' },
  { id: 'mohamedali2017', topic: 'Needling vs microdermabrasion for stretch marks (≥ 6 sessions 2 weeks apart)', finding: 'needling: 40% excellent, 26.7% marked, 13.3% moderate, 20% minimal improvement; red striae improved more than white', citation: 'Mohamed Ali 2017, JEWDS 14(2):92–9', evidence: 'V', caveat: '30 patients; graded by photographs.' },
  { id: 'alster-li2020', topic: 'Needling stretch marks, 1–3 monthly sessions', finding: 'all striae at least 50% better after a mean 1.8 sessions; 28% more than 75% better; no colour changes (n=25)', citation: 'Alster & Li 2020, Dermatol Surg 46(4):459–64', evidence: 'V', caveat: 'Small, no control group.' },
  { id: 'flament2015', topic: 'Facial pores', finding: '2,585 women: pores counted on the cheeks above a 250 µm detection threshold; size and density vary with ethnicity and rise with age', citation: 'Flament 2015, Clin Cosmet Investig Dermatol 8:85–93', evidence: 'V' },
  { id: 'pores-drivers', topic: 'What enlarges pores', finding: 'sebum output, loss of elasticity and tension round the follicle, follicle size, photodamage', citation: 'MDedge review of enlarged facial pores', evidence: 'S' },
  { id: 'pores-no-outcome', topic: 'Pore size after microneedling', finding: 'no controlled study measured pore diameter after microneedling; listed among "touted" uses', citation: 'Alster & Graham 2018 (abstract); none found', evidence: 'S?', caveat: 'No controlled study has measured it: the model\'s number is an assumption.' },
  // Model assumptions
  { id: 'model-kinetics', topic: 'Shapes of the healing curves', finding: 'gamma-shaped pulses and Hill-type ramps whose timing and size follow wound size, depth and patient factors; calibrated to the sources above and tested against them', citation: 'Model assumption (Corium)', evidence: 'D' },
  { id: 'model-condition-shape', topic: 'Sizes no study measured', finding: 'how far scar tissue reaches under a scar floor, a rolling scar\'s depth (0.3 mm), a fine line\'s width (0.3 mm), a stretch mark\'s dent (60 µm), an enlarged pore\'s opening (350 µm)', citation: 'Model assumption (Corium), inside the measured sizes', evidence: 'D' },
  { id: 'surface-condition-spread', topic: 'How many marks the surface view draws', finding: 'in its 2.4 cm of skin: ice-pick scars up to one per 5 mm square, boxcar per 7 mm, rolling per 8.5 mm (about half the squares); fine lines 3 mm apart, stretch marks 8 mm apart; 60% of pores enlarged. A moderate case (obvious at 50 cm); each mark\'s size and depth are the model\'s', citation: 'Drawing choice (Corium)', evidence: 'D' },
  { id: 'model-striae-red', topic: 'A red stretch mark in the model', finding: 'drawn flat (sources say raised); superficial vessels (drawn 20 µm across when normal) 1.6× their calibre, settling as it is refilled; collagen 0.85 of normal, half-ordered (0.45); elastin half; epidermis and rete ridges normal; responds 0.9 (white 0.6); its published range is that of striae in general', citation: 'Model assumption (Corium): no source measures these', evidence: 'D', caveat: 'No study measured red stretch marks alone: these numbers are assumptions.' },
  { id: 'model-condition-response', topic: 'How a condition responds to a course', finding: 'share refilled = 1 − e^(−1.25 × response × reach × collagen gain); response: rolling 1, boxcar 0.85, ice-pick 0.25, fine lines 1, white stretch marks 0.6, red 0.9, pores 0.3', citation: 'Model assumption (Corium), calibrated to the studies above and tested against their ranges', evidence: 'D' },
  { id: 'model-migration', topic: 'Keratinocyte migration speed', finding: '~0.02 mm/h after a ~6 h lag, so a 0.5 mm wide wound closes in ~18 h', citation: 'Derived from Stumpp 2009 (10–28 h for < 500 µm)', evidence: 'D' },
] as const satisfies readonly Source[];

export type SourceId = (typeof table)[number]['id'];

export const SOURCES: readonly Source[] = table;

const byId = new Map<string, Source>(table.map((s) => [s.id, s]));

export function source(id: SourceId): Source {
  const s = byId.get(id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
}

export const EVIDENCE_LABEL: Readonly<Record<EvidenceTag, string>> = {
  V: 'read in the primary source',
  S: 'secondary or clinical pages only',
  M: 'common textbook value',
  'S/M': 'secondary pages or textbook value',
  'S?': 'not verified: a placeholder',
  D: 'derived here, or a model assumption',
};
