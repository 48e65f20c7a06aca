#!/usr/bin/env python3
"""Generate a deterministic, realistic coursebuild course for benchmarking.

    python3 bench/generate.py N OUT [--seed S] [--words W]

Writes OUT/course.yml, OUT/chapters/NNNN-slug.md (N chapters of about W words),
OUT/glossary.yml (200 terms), OUT/references.bib (about 8 entries a chapter) and
OUT/assets/fig.png, laid out as SPEC section 1. The same N, seed and words give
byte-identical files. The course is meant to lint with 0 errors: every sentence
with a number carries a citation, every cross-link names a heading that exists,
every bibliography entry and glossary term is used.

Python 3 standard library only.
"""

import argparse
import math
import os
import random
import re
import shutil
import struct
import sys
import zlib

GENERATOR_VERSION = "1"  # bump when the output changes, so run.py's cache is refreshed

# --------------------------------------------------------------------------
# Vocabulary

CONDITIONS = [
    "major depressive disorder", "generalised anxiety disorder", "insomnia disorder", "bipolar disorder",
    "panic disorder", "attention-deficit hyperactivity disorder", "post-traumatic stress disorder",
    "obsessive-compulsive disorder", "schizophrenia", "alcohol use disorder", "mild cognitive impairment",
    "migraine", "chronic kidney disease", "type 2 diabetes", "premenstrual dysphoric disorder",
    "restless legs syndrome", "delirium", "anorexia nervosa",
]
AGENTS = [
    "magnesium glycinate", "magnesium citrate", "magnesium oxide", "magnesium L-threonate",
    "magnesium chloride", "lithium", "sertraline", "quetiapine", "zinc sulfate", "vitamin D3",
    "omega-3 fatty acids", "melatonin", "escitalopram", "valproate", "lamotrigine", "mirtazapine",
]
INTERACTING = [
    "proton pump inhibitors", "thiazide diuretics", "loop diuretics", "bisphosphonates",
    "tetracycline antibiotics", "fluoroquinolones", "calcineurin inhibitors", "levothyroxine",
]
POPULATIONS = [
    "older adults", "adolescents", "pregnant women", "psychiatric inpatients", "outpatients in primary care",
    "shift workers", "postmenopausal women", "people on haemodialysis", "university students",
    "nursing-home residents", "adults with obesity", "people with epilepsy",
]
OUTCOMES = [
    "depressive symptoms", "sleep onset latency", "anxiety ratings", "cognitive performance",
    "relapse", "treatment discontinuation", "the QTc interval", "fatigue ratings", "quality of life",
    "total sleep time", "working memory", "irritability",
]
MEASURES = [
    "serum magnesium", "ionised magnesium", "erythrocyte magnesium", "urinary magnesium excretion",
    "plasma zinc", "serum calcium", "serum potassium", "serum creatinine",
]
SCALES = [
    "PHQ-9", "HAM-D", "GAD-7", "MADRS", "Pittsburgh Sleep Quality Index", "Insomnia Severity Index",
    "HAM-A", "Beck Depression Inventory",
]
DESIGNS = [
    ("randomised controlled trial", "rct"), ("prospective cohort", "cohort"),
    ("cross-sectional survey", "cross-sectional"), ("case-control study", "case-control"),
    ("meta-analysis", "meta-analysis"), ("crossover trial", "rct"), ("systematic review", "systematic-review"),
]
JOURNALS = [
    ("Journal of Affective Disorders", "jad"), ("Nutrients", "nu"), ("Psychiatry Research", "psychres"),
    ("BMC Psychiatry", "bmcpsy"), ("Journal of Clinical Psychopharmacology", "jcp"),
    ("Magnesium Research", "mrh"), ("Sleep Medicine", "sleep"), ("European Journal of Clinical Nutrition", "ejcn"),
    ("Clinical Kidney Journal", "ckj"), ("Acta Psychiatrica Scandinavica", "acps"),
    ("Journal of Psychopharmacology", "jop"), ("Biological Trace Element Research", "bter"),
]
LAST_NAMES = [
    "Tarleton", "Nielsen", "Okafor", "Rossi", "Kowalski", "Yamamoto", "Haddad", "Fernandes", "Lindqvist",
    "O'Brien", "Moreau", "Schmidt", "Nakamura", "Petrov", "Costa", "Abebe", "Jensen", "Dubois", "Kaur",
    "Novak", "Walsh", "Ibrahim", "Herrera", "Svensson", "M{\\\"u}ller", "Garc{\\'\\i}a", "Sch{\\\"o}n",
    "Br{\\aa}ten", "Chen", "Patel", "Murphy", "Andersen", "Kim", "Oliveira", "Weber", "Takahashi",
]
FIRST_NAMES = [
    "Emily K.", "Lars", "Chinedu", "Giulia", "Marta", "Haruto", "Rania", "Joao", "Ingrid", "Siobhan",
    "Camille", "Jonas", "Aiko", "Dmitri", "Beatriz", "Selam", "Mads", "Louis", "Harpreet", "Tomas",
    "Aoife", "Yusuf", "Lucia", "Erik", "Anna M.", "Pablo", "Lena", "Kari", "Wei", "Anjali",
]
TITLE_HEADS = [
    "Effect of", "Association between", "Safety and tolerability of", "Efficacy of", "Determinants of",
    "Long-term outcomes of", "Predictors of response to", "Pharmacokinetics of",
]

GLOSSARY_ADJ = [
    "renal", "hepatic", "cortical", "plasma", "intracellular", "tubular", "synaptic", "hypothalamic",
    "erythrocyte", "mitochondrial", "vascular", "dietary", "urinary", "ionised", "neuronal", "cardiac",
    "gastric", "skeletal", "endocrine", "adrenal",
]
GLOSSARY_NOUN = [
    ("clearance", "clearances"), ("reserve", "reserves"), ("threshold", "thresholds"),
    ("gradient", "gradients"), ("turnover", None), ("uptake", None), ("flux", "fluxes"),
    ("buffering", None), ("signalling", None), ("index", "indices"),
]

SECTION_HEADINGS = [
    "Mechanism of {agent}", "Measuring {measure}", "Evidence in {condition}", "Dosing in {population}",
    "Safety, interactions and monitoring", "What the trials do not show", "Reading a {scale} result",
    "Interpreting {measure}: pitfalls", "Practical prescribing", "Who benefits and who does not",
    "Comparing {agent} with {agent2}", "Course of illness and follow-up",
]
SUB_HEADINGS = [
    "Baseline assessment", "Older adults", "Renal impairment", "Pregnancy and lactation", "Adolescents",
    "Drug interactions", "Adverse effects", "Effect sizes", "Bias and confounding", "Choosing a salt",
    "Timing of doses", "Laboratory caveats", "Talking with patients", "When to stop",
    "Populations studied", "Outcome measures", "Mechanistic evidence", "Gaps in the evidence",
    "Shared decision-making", "Documentation",
]

# Sentences that carry a number, or name a study; each gets a citation.
CITED = [
    "In a {design} of {n} {population} with {condition}, {outcome} improved by {pct}% after {w} weeks of {agent} {cite}.",
    "Mean {measure} was {v1} mmol/L at baseline and {v2} mmol/L at week {w}, a change attributed partly to {term} {cite}.",
    "The {scale} score fell by {d} points with {agent}, compared with {dd} points with placebo {cite}.",
    "Among {n} {population}, {pct}% had {measure} below {v1} mmol/L, and lower {term} was associated with lower values {cite}.",
    "The hazard ratio for {outcome} was {hr} (95% CI {lo} to {hi}) in people with the lowest {measure} {cite}.",
    "Doses of {dose} mg a day of elemental magnesium were tolerated by {pct}% of {population} {cite}.",
    "A meta-analysis pooling {k} trials found a standardised mean difference of {smd} for {outcome} {cite}.",
    "Adverse events, mostly loose stools, occurred in {pct}% of participants taking {agent} and {pct2}% taking placebo {cite}.",
    "In {population}, {term} explained about {pct}% of the variance in {outcome} {cite}.",
    "Over {w} weeks, {n} participants taking {agent} alongside {interacting} showed a {pct}% fall in {measure} {cite}.",
    "The number needed to treat for one additional response in {condition} was {nnt} in the largest trial {cite}.",
    "Absorption of {agent} rose by {pct}% when it was taken with food, with {term} as the likely limiting step {cite}.",
]
# Sentences without numbers or study words: explanation and clinical reasoning.
PLAIN = [
    "{Term} links {measure} to {outcome}, but the relation in {population} is indirect.",
    "When a patient with {condition} asks about {agent}, describe the role of {term} in plain words.",
    "Clinicians should check {measure} before adding {agent}, especially in {population}.",
    "The mechanism through {term} is plausible, yet plausibility is not the same as benefit.",
    "{Agent} is best taken apart from {interacting}, so the timing of doses matters.",
    "For {population}, the practical question is whether {term} changes what the clinician does next.",
    "A normal {measure} is read alongside the history, since a single value says little on its own.",
    "This chapter returns to {term} when it discusses {outcome}.",
    "Some patients have read that {agent} calms the nervous system, and the honest answer separates mechanism from outcome.",
    "Renal function shapes how much of an oral dose is retained, and {term} is one reason why.",
    "The same reasoning applies to {term}, which is easy to describe and hard to measure at the bedside.",
    "Record the indication, the salt, the dose and the date of review in the notes.",
    "It is worth asking what else has changed, such as diet, alcohol, sleep or other medicines.",
    "A slow titration lets the patient report gastrointestinal effects before the dose is raised.",
]
LINK_SENTENCES = [
    "The related question of {text} is covered in [{text}]({href}).",
    "For the background, see [{text}]({href}) before reading on.",
    "Compare this with the discussion in [{text}]({href}).",
]
NOTE_TEXTS = [
    "Education for clinicians, not medical advice. Follow local prescribing guidance and product labelling.",
    "Magnesium is not a substitute for established treatments, and any change should be agreed with the patient.",
    "Check renal function before recommending any magnesium supplement, and review the decision regularly.",
]

# --------------------------------------------------------------------------
# Helpers


def slug(text):
    """GitHub-style heading slug, as coursebuild's Slug.make computes it."""
    out = []
    for ch in text.lower():
        if ch.isalpha() or ch.isdigit() or ch in "-_":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out) or "section"


def cap(s):
    return s[:1].upper() + s[1:]


def yq(s):
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ascii_key(last):
    plain = re.sub(r"\\[a-zA-Z]+|\\.|[{}]", "", last)
    return re.sub(r"[^a-z]", "", plain.lower())


def tiny_png(width=16, height=12):
    """A valid greyscale PNG, a simple gradient."""
    raw = b"".join(b"\x00" + bytes((x * 255 // (width - 1)) for x in range(width)) for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


# --------------------------------------------------------------------------
# Course model


def make_glossary():
    terms = []
    seen = set()
    for ai, adj in enumerate(GLOSSARY_ADJ):
        for ni, (noun, plural) in enumerate(GLOSSARY_NOUN):
            term = f"{adj} {noun}"
            aliases = [f"{adj} {plural}"] if plural else []
            for name in [term] + aliases:
                assert name.lower() not in seen, name
                seen.add(name.lower())
            see = f"{adj} {GLOSSARY_NOUN[(ni + 1) % len(GLOSSARY_NOUN)][0]}"
            definition = (f"The {noun} of magnesium in {adj} tissue or fluid, used in this course when reasoning "
                          f"about how supplementation reaches its target and how it is lost.")
            terms.append({"term": term, "aliases": aliases, "definition": definition, "see": [see]})
    return terms  # 200


class Course:
    def __init__(self, n, seed, words):
        self.n = n
        self.seed = seed
        self.words = words
        self.glossary = make_glossary()
        self.chapters = [self.plan_chapter(i) for i in range(n)]
        # One objective per 10 chapters, named after the first chapter of its block.
        self.objectives = []
        for k in range(math.ceil(n / 10)):
            ctx = self.chapters[10 * k]["ctx"]
            oid = f"obj-{k + 1:03d}-" + slug(ctx["condition"])
            text = (f"Appraise the evidence on {ctx['agent']} in {ctx['condition']} and related conditions, and "
                    f"apply it to monitoring, dosing and safety in everyday practice.")
            self.objectives.append({"id": oid, "text": text})
        for ch in self.chapters:
            ch["objective"] = self.objectives[ch["i"] // 10]["id"]
        self.make_bibliography()

    # -- plans: everything other chapters need to know (file name, headings)
    def plan_chapter(self, i):
        r = random.Random(f"{self.seed}-plan-{i}")
        ctx = {
            "condition": r.choice(CONDITIONS), "agent": r.choice(AGENTS), "population": r.choice(POPULATIONS),
            "measure": r.choice(MEASURES), "scale": r.choice(SCALES),
        }
        ctx["agent2"] = r.choice([a for a in AGENTS if a != ctx["agent"]])
        title = f"{cap(ctx['agent'])} in {ctx['condition']}"
        if r.random() < 0.5:
            title = f"{cap(ctx['condition'])}: {r.choice(['the evidence', 'monitoring', 'dosing', 'safety', 'practice'])}"
        fname = f"{i + 1:04d}-{slug(title)[:48].strip('-')}.md"
        sections = [h.format(**ctx) for h in r.sample(SECTION_HEADINGS, 6)]
        subs = r.sample(SUB_HEADINGS, 12)
        headings = ["Clinical vignette"]
        outline = []
        for s_i, sec in enumerate(sections):
            outline.append((sec, subs[2 * s_i:2 * s_i + 2]))
            headings += [sec] + subs[2 * s_i:2 * s_i + 2]
        headings += ["Key points", "Self-check"]
        assert len({slug(h) for h in headings}) == len(headings), headings
        return {"i": i, "title": title, "file": fname, "ctx": ctx, "outline": outline, "headings": headings}

    def make_bibliography(self):
        used_keys = set()
        self.bib = []  # (key, fields)
        for ch in self.chapters:
            r = random.Random(f"{self.seed}-bib-{ch['i']}")
            ch["refs"] = []
            for j in range(8):
                authors = [(r.choice(LAST_NAMES), r.choice(FIRST_NAMES)) for _ in range(r.randint(2, 6))]
                year = r.randint(1984, 2024)
                base = f"{ascii_key(authors[0][0])}{year}"
                key, suffix = base, 0
                while key in used_keys:
                    suffix += 1
                    key = base + "abcdefghijklmnopqrstuvwxyz"[(suffix - 1) % 26] + ("" if suffix <= 26 else str(suffix // 26))
                used_keys.add(key)
                design, evidence = r.choice(DESIGNS)
                journal, jabbr = r.choice(JOURNALS)
                first = r.randint(1, 900)
                fields = {
                    "author": " and ".join(f"{last}, {first_}" for last, first_ in authors),
                    "title": f"{r.choice(TITLE_HEADS)} {r.choice(AGENTS)} on {r.choice(OUTCOMES)} in "
                             f"{r.choice(POPULATIONS)} with {r.choice(CONDITIONS)}: a {design}",
                    "journal": journal,
                    "year": str(year),
                    "volume": str(r.randint(1, 120)),
                    "number": str(r.randint(1, 12)),
                    "pages": f"{first}--{first + r.randint(4, 14)}",
                    "doi": f"10.{r.randint(1000, 9999)}/{jabbr}.{year}.{r.randint(1, 99999):05d}",
                    "pmid": str(r.randint(10000000, 39999999)),
                    "evidence": evidence,
                }
                self.bib.append((key, fields))
                ch["refs"].append(key)

    # -- chapter text
    def chapter_text(self, ch):
        i = ch["i"]
        r = random.Random(f"{self.seed}-text-{i}")
        ctx = ch["ctx"]
        refs = ch["refs"]
        ref_queue = list(refs)  # each chapter's own refs are all cited at least once
        # Glossary terms this chapter must use, so that every term is used somewhere.
        terms = [t["term"] for t in self.glossary]
        if self.n <= len(terms):
            must = [t for k, t in enumerate(terms) if k % self.n == i]
        else:
            must = [terms[i % len(terms)]]
        term_queue = list(must)
        pool = r.sample(terms, 15) + must

        def cite():
            if ref_queue:
                keys = [ref_queue.pop(0)]
            else:
                keys = [r.choice(refs)]
            if r.random() < 0.25:
                other = r.choice(refs)
                if other not in keys:
                    keys.append(other)
            if r.random() < 0.05 and self.n > 1:  # an occasional citation of another chapter's source
                keys.append(self.chapters[r.randrange(self.n)]["refs"][r.randrange(8)])
                keys = list(dict.fromkeys(keys))
            if r.random() < 0.1:
                return f"[@{keys[0]}, p. {r.randint(2, 400)}]"
            return "[" + "; ".join("@" + k for k in keys) + "]"

        def term():
            return term_queue.pop(0) if term_queue else r.choice(pool)

        def fill(template):
            hr = r.uniform(0.7, 1.9)
            lo = hr - r.uniform(0.05, 0.5)
            vals = {
                "design": r.choice(DESIGNS)[0], "n": r.randint(24, 4800), "population": r.choice(POPULATIONS),
                "condition": r.choice([ctx["condition"]] * 3 + CONDITIONS), "outcome": r.choice(OUTCOMES),
                "pct": r.randint(3, 64), "pct2": r.randint(2, 30), "w": r.randint(4, 52),
                "agent": r.choice([ctx["agent"]] * 3 + AGENTS), "measure": r.choice([ctx["measure"]] * 2 + MEASURES),
                "v1": f"{r.uniform(0.62, 0.95):.2f}", "v2": f"{r.uniform(0.70, 1.05):.2f}",
                "scale": r.choice([ctx["scale"]] + SCALES), "d": f"{r.uniform(1.5, 9.5):.1f}",
                "dd": f"{r.uniform(0.5, 5.0):.1f}", "hr": f"{hr:.2f}", "lo": f"{lo:.2f}",
                "hi": f"{hr + r.uniform(0.05, 0.9):.2f}", "dose": r.choice([100, 125, 200, 250, 300, 350, 400]),
                "k": r.randint(3, 27), "smd": f"{r.uniform(-0.9, 0.1):.2f}", "nnt": r.randint(3, 25),
                "interacting": r.choice(INTERACTING),
            }
            if "{term}" in template or "{Term}" in template:
                t = term()
                vals["term"], vals["Term"] = t, cap(t)
            vals["Agent"] = cap(vals["agent"])
            if "{cite}" in template:
                vals["cite"] = cite()
            return template.format(**vals)

        def paragraph():
            sents = []
            for _ in range(r.randint(4, 6)):
                sents.append(fill(r.choice(CITED) if r.random() < 0.55 else r.choice(PLAIN)))
            return " ".join(sents)

        def link_sentence():
            if self.n == 1:
                target, href_file = ch, ""
            else:
                target = self.chapters[(i + r.randint(1, self.n - 1)) % self.n]
                href_file = target["file"]
            heading = r.choice(target["headings"][:-2])
            text = heading[0].lower() + heading[1:] if not heading[:3].isupper() else heading
            return r.choice(LINK_SENTENCES).format(text=text, href=f"{href_file}#{slug(heading)}")

        def words_of(s):
            return len(s.split())

        out = []
        out.append("---")
        out.append(f"title: {yq(ch['title'])}")
        out.append(f"objectives: [{ch['objective']}]")
        summary = (f"How {ctx['agent']} is used in {ctx['condition']}, what {ctx['measure']} can and cannot "
                   f"tell the clinician, and how to monitor and dose safely.")
        out.append(f"summary: {yq(summary)}")
        out.append("---")
        out.append("")
        body = []

        def para(text):
            body.append(text)
            body.append("")

        para(f"This chapter looks at {ctx['agent']} in {ctx['condition']}, with a focus on {ctx['population']}. "
             + fill(r.choice(PLAIN)) + " " + link_sentence())
        para("## Clinical vignette")
        para(f"A patient with {ctx['condition']} asks whether {ctx['agent']} could replace part of their treatment. "
             f"They bring a recent {ctx['measure']} result and a list of questions. " + fill(r.choice(PLAIN)))

        # Budget paragraphs over the 12 subsections plus section intros.
        fixed_words = 550  # table, callout, figure, key points, quiz, vignette
        budget = max(0, self.words - fixed_words)
        paragraphs = []
        total = 0
        while total < budget or len(paragraphs) < 18:
            p = paragraph()
            paragraphs.append(p)
            total += words_of(p)
        slots = 6 + 12  # one intro per section and per subsection
        per_slot = [[] for _ in range(slots)]
        for k, p in enumerate(paragraphs):
            per_slot[k % slots].append(p)
        link_slots = set(r.sample(range(slots), 2))

        slot = 0
        for s_i, (sec, subs) in enumerate(ch["outline"]):
            para(f"## {sec}")
            for p in per_slot[slot]:
                para(p + (" " + link_sentence() if slot in link_slots else ""))
            slot += 1
            if s_i == 1:
                para(f"Table {s_i}. Reported values of {ctx['measure']} by population.")
                rows = ["| Population | N | Mean value (mmol/L) | Finding |", "|---|---:|---:|---|"]
                for _ in range(4):
                    rows.append(f"| {cap(r.choice(POPULATIONS))} | {r.randint(40, 3000)} | "
                                f"{r.uniform(0.65, 0.98):.2f} {cite()} | {cap(term())} lower in *{r.choice(CONDITIONS)}* {cite()} |")
                para("\n".join(rows))
            if s_i == 2:
                para("> [!NOTE]\n> " + r.choice(NOTE_TEXTS) + "\n> " + fill(r.choice(PLAIN)))
            if s_i == 3:
                para(f"![Line chart of {ctx['measure']} over follow-up in {ctx['population']}]"
                     f"(../assets/fig.png \"{cap(ctx['measure'])} during follow-up on {ctx['agent']}\")")
            for sub in subs:
                para(f"### {sub}")
                for p in per_slot[slot]:
                    para(p)
                slot += 1

        para("## Key points")
        para("\n".join([
            f"- {cap(fill(r.choice(PLAIN)))}",
            f"- {cap(fill(r.choice(PLAIN)))}",
            f"- {cap(fill(r.choice(CITED)))}",
            f"- Review the decision to use {ctx['agent']} at every follow-up visit.",
        ]))
        # Any of this chapter's terms or sources not used yet.
        leftovers = []
        while term_queue:
            leftovers.append(fill(PLAIN[0]))
        while ref_queue:
            leftovers.append(fill(CITED[0]))
        if leftovers:
            para(" ".join(leftovers))

        para("## Self-check")
        t = term()
        cond, agent, measure = ctx["condition"], ctx["agent"], ctx["measure"]
        quiz = [
            "```quiz",
            f"objective: {ch['objective']}",
            "question: " + yq(f"A patient with {cond} asks about {agent}. Which statement is most accurate?"),
            "choices:",
            "  - text: " + yq(f"A normal {measure} proves that supplementation is unnecessary."),
            "    feedback: " + yq("No. Most magnesium sits inside cells and bone, so a normal value does not exclude a deficit."),
            "  - text: " + yq(f"The mechanism through {t} is plausible, but benefit has to be shown in patients."),
            "    correct: true",
            "    feedback: " + yq("Yes. Mechanism and outcome are different questions, and the trials are small."),
            "  - text: " + yq(f"{cap(agent)} can replace established treatment."),
            "    feedback: " + yq("No. It is not a substitute for established treatments."),
            "```",
        ]
        para("\n".join(quiz))
        return "\n".join(out + body).rstrip("\n") + "\n"

    # -- files
    def course_yml(self):
        lines = [
            f"title: {yq(f'Magnesium in Clinical Practice: a benchmark course of {self.n} chapters')}",
            'subtitle: "Generated by bench/generate.py"',
            'authors: ["The benchmark generator"]',
            "language: en",
            f'identifier: "urn:uuid:00000000-0000-4000-8000-{self.n:012d}"',
            f"description: {yq('A synthetic course for timing coursebuild: clinical-sounding prose, citations, glossary terms, tables, callouts, figures, cross-links and quizzes.')}",
            'license: "Synthetic text for benchmarking; not medical advice."',
            "citation-style: vancouver",
            "objectives:",
        ]
        for o in self.objectives:
            lines.append(f"  - id: {o['id']}")
            lines.append(f"    text: {yq(o['text'])}")
        lines += ["lint:", "  claims-scope: sentence"]
        return "\n".join(lines) + "\n"

    def glossary_yml(self):
        lines = ["# Generated by bench/generate.py: 200 terms, each used in some chapter."]
        for t in self.glossary:
            lines.append(f"- term: {t['term']}")
            lines.append("  aliases: [" + ", ".join(t["aliases"]) + "]")
            lines.append(f"  definition: {yq(t['definition'])}")
            lines.append("  see: [" + ", ".join(t["see"]) + "]")
        return "\n".join(lines) + "\n"

    def references_bib(self):
        parts = ["% Generated by bench/generate.py: synthetic entries, about 8 a chapter, each cited.\n"]
        for key, fields in self.bib:
            width = max(len(k) for k in fields)
            body = ",\n".join(f"  {k.ljust(width)} = {{{v}}}" for k, v in fields.items())
            parts.append(f"@article{{{key},\n{body}\n}}\n")
        return "\n".join(parts)


def generate(n, out, seed=1, words=3000):
    course = Course(n, seed, words)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "chapters"))
    os.makedirs(os.path.join(out, "assets"))

    def write(rel, text):
        with open(os.path.join(out, rel), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    write("course.yml", course.course_yml())
    write("glossary.yml", course.glossary_yml())
    write("references.bib", course.references_bib())
    with open(os.path.join(out, "assets", "fig.png"), "wb") as f:
        f.write(tiny_png())
    total_words = 0
    for ch in course.chapters:
        text = course.chapter_text(ch)
        total_words += len(text.split())
        write(os.path.join("chapters", ch["file"]), text)
    return {"chapters": n, "words": total_words}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of chapters")
    ap.add_argument("out", help="course folder to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--words", type=int, default=3000, help="approximate words per chapter")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    info = generate(args.n, args.out, args.seed, args.words)
    print(f"{args.out}: {info['chapters']} chapters, {info['words']} words", file=sys.stderr)


if __name__ == "__main__":
    main()
