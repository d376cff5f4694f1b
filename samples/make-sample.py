#!/usr/bin/env python3
"""Writes the sample medical library (layout.json) and its student registry (students.csv).

The output is committed; run this again only to change the sample. Seeded, so it is repeatable:
    python3 samples/make-sample.py
"""
import csv
import json
import random
from pathlib import Path

OUT = Path(__file__).parent / "medical-library"
rng = random.Random(20201231)

# (room id, floor, name, open all hours, label prefix, seats, seats per row)
ROOMS = [
    ("B1-24H", "B1", "24-hour study room", True, "Z", 160, 16),
    ("B1-C", "B1", "B1 Block C self-study area", False, "B", 600, 30),
    ("1F-PER", "1F", "Periodicals reading room", False, "P", 96, 12),
    ("2F-CLIN", "2F", "Clinical medicine reading room", False, "C", 180, 18),
    ("3F-BASIC", "3F", "Basic medicine reading room", False, "M", 180, 18),
    ("4F-QUIET", "4F", "Silent study room", False, "Q", 144, 16),
    ("5F-GROUP", "5F", "Group study area", False, "G", 100, 10),
]

FLOORS = [("B1", "Basement 1", -1), ("1F", "Ground floor", 1), ("2F", "Second floor", 2),
          ("3F", "Third floor", 3), ("4F", "Fourth floor", 4), ("5F", "Fifth floor", 5)]


def seats(room_id, prefix, count, per_row):
    rows = (count + per_row - 1) // per_row
    result = []
    for n in range(count):
        row, col = divmod(n, per_row)
        features = []
        # Desks come in blocks of four; the two outer columns of each block sit on the power rail.
        if col % 4 in (0, 3):
            features.append("power")
        if row == 0 or row == rows - 1:
            features.append("window")
        result.append({
            "id": f"{room_id}-{prefix}{n + 1:03d}",
            "label": f"{prefix}{n + 1:03d}",
            "features": features,
            "x": col * 1.2 + (col // 4) * 1.0,
            "y": row * 1.6,
        })
    return result


layout = {
    "library": {"id": "med-lib", "name": "Medical Library", "timeZone": "Asia/Shanghai",
                "opens": "08:00", "closes": "22:00"},
    "floors": [{"id": i, "name": n, "level": lv} for i, n, lv in FLOORS],
    "rooms": [{"id": rid, "floor": fl, "name": name, "openAllHours": h24, "seats": seats(rid, p, c, w)}
              for rid, fl, name, h24, p, c, w in ROOMS],
    "gates": [
        {"id": "G-MAIN-1", "name": "Main entrance, gate 1", "kind": "building"},
        {"id": "G-MAIN-2", "name": "Main entrance, gate 2", "kind": "building"},
        {"id": "G-MAIN-3", "name": "Main entrance, gate 3", "kind": "building"},
        {"id": "G-EAST-1", "name": "East entrance", "kind": "building"},
        {"id": "G-24H-1", "name": "24-hour room, outside door", "kind": "room", "room": "B1-24H"},
        {"id": "G-24H-2", "name": "24-hour room, library door", "kind": "room", "room": "B1-24H"},
    ],
}

OUT.mkdir(exist_ok=True)
(OUT / "layout.json").write_text(json.dumps(layout, indent=1, ensure_ascii=False) + "\n")

SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
            "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang"]
GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming",
         "Chao", "Xiu", "Xia", "Ping", "Gang", "Hui", "Yu", "Hao", "Xin", "Ting", "Rui", "Zi", "Han",
         "Yue", "Chen", "Bo", "Lin", "Qing", "Shan", "Kai", "Wen", "Yi", "Ning"]

cards = set()
with open(OUT / "students.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["student_id", "card_id", "name", "consent"])
    for n in range(3000):
        year = 2021 + n % 5
        student_id = f"{year}3{n:05d}"
        card = None
        while card is None or card in cards:
            card = f"{rng.getrandbits(32):08X}"
        cards.add(card)
        given = rng.choice(GIVEN) + (rng.choice(GIVEN).lower() if rng.random() < 0.6 else "")
        name = f"{rng.choice(SURNAMES)} {given}"
        consent = rng.choices(["none", "masked", "named"], weights=[60, 25, 15])[0]
        w.writerow([student_id, card, name, consent])
print("seats:", sum(r[5] for r in ROOMS))
