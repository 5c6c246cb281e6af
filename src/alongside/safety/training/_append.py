import sys, json, os, re
F = os.path.join(os.path.dirname(__file__), "risk_train.jsonl")
LV = {"N":"none","L":"low","M":"moderate","H":"high","I":"imminent"}
rows = [json.loads(l) for l in open(F, encoding="utf-8")] if os.path.exists(F) else []
n = len(rows)
seen = {re.sub(r"\W+"," ",r["text"].lower()).strip() for r in rows}
out = []
for line in sys.stdin.read().splitlines():
    line = line.strip()
    if not line or line.startswith("#"): continue
    lv, lang, h, cat, text = line.split(" ", 4)
    assert lv in LV and lang in ("en","nl") and h in ("h","e"), line
    text = text.replace("\\n", "\n")
    k = re.sub(r"\W+"," ",text.lower()).strip()
    if k in seen:
        print("DUP:", text); continue
    seen.add(k); n += 1
    out.append({"id": f"r{n:05d}", "text": text, "lang": lang, "level": LV[lv], "hard": h == "h", "category": cat})
with open(F, "a", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
rows += out
import collections
c = collections.Counter(r["level"] for r in rows)
print("added", len(out), "total", len(rows), dict(c), "nl %.2f" % (sum(r["lang"]=="nl" for r in rows)/len(rows)), "hard %.2f" % (sum(r["hard"] for r in rows)/len(rows)))
