#!/usr/bin/env python3
"""Benchmark: reading a Retraction Watch CSV the size of Crossref's export.

Writes a 60,000-row CSV (quoted fields with commas, trailing commas,
`unavailable` and `0` identifiers; about 60 MB, as the real file) into a small
course that cites a few of its papers, then times `coursebuild lint` with and
without `lint: retractions:` (medians of N runs) and reports the peak memory.

    python3 bench/retractions.py --tool .build/release/coursebuild [--rows 60000] [--runs 3]
"""
import argparse, os, random, resource, shutil, statistics, subprocess, tempfile, time

HEADER = ("Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,"
          "RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,"
          "Reason,Paywalled,Notes,\n")


def write_course(root, rows):
    os.makedirs(os.path.join(root, "chapters"))
    os.makedirs(os.path.join(root, "data"))
    rng = random.Random(7)
    natures = ["Retraction"] * 8 + ["Correction", "Expression of concern", "Reinstatement"]
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 7  # rows of about 1 KB, as in the real file
    with open(os.path.join(root, "data/rw.csv"), "w") as f:
        f.write(HEADER)
        for i in range(rows):
            doi = f"10.{1000 + i % 9000}/bench.{i}" if i % 5 else "unavailable"
            pmid = str(10_000_000 + i) if i % 3 else "0"
            f.write(f'{i},"Title {i}, with a comma",(BLS) Biology;,"Dept, Univ",Journal {i % 400},Publisher,Country,'
                    f'"Author A; Author B",,Research Article;,{rng.randint(1, 12)}/{rng.randint(1, 28)}/2021 0:00,'
                    f'10.9/notice.{i},0,1/1/2019 0:00,{doi},{pmid},{rng.choice(natures)},'
                    f'"+Concerns/Issues About Data;+{filler}",No,"{filler}",\n')
    cited = [f"10.{1000 + i % 9000}/bench.{i}" for i in range(1, rows, rows // 40)]
    with open(os.path.join(root, "references.bib"), "w") as f:
        for n, doi in enumerate(cited):
            f.write(f"@article{{k{n}, author={{Doe, Jane}}, title={{T}}, journal={{J}}, year={{2020}}, doi={{{doi}}}}}\n")
    body = "\n\n".join(f"A finding [@k{n}]." for n in range(len(cited)))
    with open(os.path.join(root, "chapters/01-a.md"), "w") as f:
        f.write("---\ntitle: A\n---\n\n" + body + "\n")


def run(tool, course, runs):
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([tool, "lint", course, "--format", "json"], stdout=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return statistics.median(times), peak / 1024


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", default=".build/release/coursebuild")
    p.add_argument("--rows", type=int, default=60000)
    p.add_argument("--runs", type=int, default=3)
    a = p.parse_args()
    root = tempfile.mkdtemp(prefix="cb-rw-")
    try:
        write_course(root, a.rows)
        size = os.path.getsize(os.path.join(root, "data/rw.csv")) / 1e6
        config = 'title: "Retractions bench"\nlanguage: en\n'
        open(os.path.join(root, "course.yml"), "w").write(config)
        base, _ = run(a.tool, root, a.runs)
        open(os.path.join(root, "course.yml"), "w").write(config + "lint:\n  retractions: data/rw.csv\n")
        with_file, peak = run(a.tool, root, a.runs)
        print(f"{a.rows} rows, {size:.0f} MB: lint {base:.2f} s without the file, {with_file:.2f} s with it "
              f"(reading it: {with_file - base:.2f} s), peak RSS {peak:.0f} MB")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
