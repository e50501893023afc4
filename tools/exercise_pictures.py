#!/usr/bin/env python3
"""Draws the seeded exercises' pictures: one simple line figure for the start and one for the
end position, side by side, in one consistent style. Run it after changing a pose; it rewrites
src/test/resources/exercise-pictures/<CODE>.svg and prints the Flyway seed statements."""
import base64
import hashlib
import pathlib
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/exercise-pictures"
GROUND = 100

# A pose is a list of strokes: ("head", x, y) or a list of (x, y) points joined by a line.
# Props: ("floor",), ("wall", x), ("box", x, y, w, h), ("band", x1, y1, x2, y2), ("roller", x, y).


def standing(x, knee=0, lean=0):
    hip = (x, 58)
    return [("head", x + lean, 16), [(x + lean, 26), hip], [hip, (x + knee, 80), (x, GROUND)],
            [(x + lean, 30), (x + lean + 6, 44), (x + lean + 8, 56)]]


POSES = {
    "CLAMSHELL": (
        [("floor",), ("head", 16, 84), [(26, 88), (70, 90)], [(70, 90), (98, 78), (122, 94)], [(70, 87), (98, 75), (122, 91)], [(30, 88), (24, 74), (18, 82)]],
        [("floor",), ("head", 16, 84), [(26, 88), (70, 90)], [(70, 90), (98, 78), (122, 94)], [(70, 87), (94, 54), (122, 91)], [(30, 88), (24, 74), (18, 82)]],
        "Lying on the side, knees bent and feet together; then the top knee opens upwards while the feet stay together."),
    "SIDE_LYING_LEG_LIFT": (
        [("floor",), ("head", 16, 84), [(26, 88), (70, 90)], [(70, 92), (92, 84), (78, 96)], [(70, 88), (132, 90)], [(30, 88), (24, 74), (18, 82)]],
        [("floor",), ("head", 16, 84), [(26, 88), (70, 90)], [(70, 92), (92, 84), (78, 96)], [(70, 88), (128, 62)], [(30, 88), (24, 74), (18, 82)]],
        "Lying on the side with the bottom knee bent and the top leg straight; then the straight top leg lifts a little and lowers slowly."),
    "SINGLE_LEG_SQUAT": (
        [("floor",), ("head", 75, 16), [(75, 26), (75, 58)], [(75, 58), (75, 80), (75, 100)], [(75, 58), (88, 74), (84, 88)], [(75, 30), (88, 40), (100, 44)]],
        [("floor",), ("head", 80, 30), [(80, 40), (70, 70)], [(70, 70), (88, 84), (76, 100)], [(70, 70), (90, 80), (100, 90)], [(80, 44), (94, 52), (106, 54)]],
        "Standing on one leg with arms forward; then bending into a shallow squat, the knee over the middle of the foot."),
    "HIP_THRUST": (
        [("floor",), ("head", 16, 90), [(26, 94), (66, 96)], [(66, 96), (92, 72), (108, 100)], [(30, 95), (50, 98)]],
        [("floor",), ("head", 16, 90), [(26, 94), (68, 74)], [(68, 74), (94, 68), (108, 100)], [(30, 95), (50, 98)]],
        "Lying on the back with knees bent and feet flat; then the hips lift until the body is straight from shoulders to knees."),
    "MONSTER_WALK": (
        [("floor",), ("head", 75, 22), [(75, 32), (75, 62)], [(75, 62), (62, 80), (60, 100)], [(75, 62), (88, 80), (90, 100)], ("band", 62, 80, 88, 80), [(75, 36), (60, 52)], [(75, 36), (90, 52)]],
        [("floor",), ("head", 75, 22), [(75, 32), (75, 62)], [(75, 62), (60, 80), (52, 100)], [(75, 62), (96, 78), (106, 96)], ("band", 60, 80, 96, 78), [(75, 36), (60, 52)], [(75, 36), (90, 52)]],
        "Seen from the front: a half squat with a band around the knees; then a step forward and out to the side, keeping the band tight."),
    "SIDE_STEPS": (
        [("floor",), ("head", 75, 22), [(75, 32), (75, 62)], [(75, 62), (64, 80), (64, 100)], [(75, 62), (86, 80), (86, 100)], ("band", 64, 80, 86, 80), [(75, 36), (62, 52)], [(75, 36), (88, 52)]],
        [("floor",), ("head", 75, 22), [(75, 32), (75, 62)], [(75, 62), (62, 80), (58, 100)], [(75, 62), (98, 80), (108, 100)], ("band", 62, 80, 98, 80), [(75, 36), (62, 52)], [(75, 36), (88, 52)]],
        "Seen from the front: a half squat with a band above the knees; then a step sideways, toes pointing forward."),
    "LATERAL_LUNGE": (
        [("floor",), ("head", 75, 16), [(75, 26), (75, 58)], [(75, 58), (58, 80), (48, 100)], [(75, 58), (92, 80), (102, 100)], [(75, 30), (68, 46)], [(75, 30), (82, 46)]],
        [("floor",), ("head", 58, 34), [(60, 44), (66, 72)], [(66, 72), (44, 78), (40, 100)], [(66, 72), (90, 86), (112, 100)], [(60, 48), (52, 62)], [(60, 48), (70, 60)]],
        "Seen from the front: standing with feet wide; then bending one knee and sitting the hips back over it, the other leg straight."),
    "SINGLE_LEG_BALANCE": (
        standing(75) + [("floor",)],
        [("floor",), ("head", 75, 16), [(75, 26), (75, 58)], [(75, 58), (77, 80), (75, 100)], [(75, 58), (92, 66), (88, 84)], [(75, 30), (60, 44), (50, 48)], [(75, 30), (90, 44), (100, 48)]],
        "Standing on both feet; then standing on one leg with a soft knee, hips level, holding still."),
    "WALL_SIT": (
        [("floor",), ("wall", 40), ("head", 49, 16), [(47, 26), (46, 58)], [(46, 58), (50, 80), (52, 100)], [(47, 30), (52, 44), (54, 56)]],
        [("floor",), ("wall", 40), ("head", 49, 38), [(47, 48), (46, 74)], [(46, 74), (80, 72), (82, 100)], [(47, 52), (60, 62), (70, 66)]],
        "Back against a wall, standing; then sliding down until the knees are bent, holding the position."),
    "STEP_DOWN": (
        [("floor",), ("box", 50, 78, 50, 22), ("head", 75, -2), [(75, 8), (75, 38)], [(75, 38), (75, 58), (75, 78)], [(75, 38), (94, 56), (104, 76)], [(75, 12), (84, 24), (88, 36)]],
        [("floor",), ("box", 50, 78, 50, 22), ("head", 78, 8), [(78, 18), (72, 48)], [(72, 48), (88, 64), (76, 78)], [(72, 48), (100, 70), (110, 96)], [(78, 22), (90, 32), (96, 42)]],
        "Standing on one leg on a step; then bending that knee slowly until the other heel nearly touches the floor, and back up."),
    "CALF_RAISE": (
        standing(75) + [("floor",), [(75, 100), (88, 100)]],
        [("floor",), ("head", 75, 8), [(75, 18), (75, 50)], [(75, 50), (75, 72), (77, 92), (88, 100)], [(75, 22), (81, 36), (83, 48)]],
        "Standing tall; then rising up onto the toes, heels as high as they go, and lowering slowly."),
    "QUAD_SET": (
        [("floor",), ("head", 20, 60), [(24, 70), (40, 94)], [(40, 94), (130, 94)], ("roller", 86, 96), [(28, 76), (40, 88), (50, 92)]],
        [("floor",), ("head", 20, 60), [(24, 70), (40, 94)], [(40, 94), (130, 92)], ("roller", 86, 96), [(28, 76), (40, 88), (50, 92)], [(86, 70), (86, 84)], [(82, 80), (86, 84), (90, 80)]],
        "Sitting with the leg straight over a rolled towel; then tightening the thigh to press the back of the knee down into the towel."),
    "QUAD_STRETCH": (
        standing(75) + [("floor",)],
        [("floor",), ("head", 75, 16), [(75, 26), (75, 58)], [(75, 58), (75, 80), (75, 100)], [(75, 58), (76, 82), (64, 60)], [(75, 30), (68, 46), (64, 58)], [(75, 30), (88, 38), (100, 40)]],
        "Standing tall; then holding one ankle behind and drawing the heel towards the buttock, knees side by side."),
    "PATELLAR_MOBILITY": (
        [("floor",), ("head", 20, 60), [(24, 70), (40, 94)], [(40, 94), (130, 94)], [(28, 76), (56, 84), (80, 88)], ("roller", 82, 91), [(70, 80), (76, 80)], [(88, 80), (94, 80)]],
        [("floor",), ("head", 20, 60), [(24, 70), (40, 94)], [(40, 94), (130, 94)], [(28, 76), (58, 82), (86, 86)], ("roller", 88, 91), [(96, 80), (102, 80)], [(76, 80), (82, 80)]],
        "Sitting with the leg straight and relaxed; the fingers slide the kneecap gently up and down, then side to side."),
    "FOAM_ROLL_HIP": (
        [("floor",), ("head", 22, 66), [(28, 74), (62, 82)], [(62, 82), (128, 88)], [(28, 76), (22, 92), (34, 96)], ("roller", 66, 92)],
        [("floor",), ("head", 22, 62), [(28, 70), (60, 76)], [(60, 76), (128, 86)], [(28, 72), (22, 88), (34, 96)], ("roller", 96, 92)],
        "Lying on the side on a foam roller under the outer thigh, propped on the forearm; then rolling slowly from the hip towards the knee."),
    "COUCH_STRETCH": (
        [("floor",), ("wall", 30), ("head", 66, 40), [(64, 50), (60, 76)], [(60, 76), (44, 98), (32, 70)], [(60, 76), (92, 72), (96, 100)], [(64, 54), (74, 66), (86, 72)]],
        [("floor",), ("wall", 30), ("head", 58, 22), [(58, 32), (60, 68)], [(60, 68), (44, 98), (32, 70)], [(60, 68), (92, 72), (96, 100)], [(58, 36), (66, 50), (68, 60)]],
        "Kneeling with the back foot up against a sofa or wall and the other foot in front; then lifting the chest until the body is upright."),
    "KNEELING_HIP_FLEXOR": (
        [("floor",), ("head", 64, 24), [(64, 34), (62, 66)], [(62, 66), (46, 98), (20, 100)], [(62, 66), (92, 70), (94, 100)], [(64, 38), (68, 52), (70, 62)]],
        [("floor",), ("head", 72, 24), [(72, 34), (72, 66)], [(72, 66), (50, 98), (24, 100)], [(72, 66), (98, 70), (98, 100)], [(72, 38), (76, 52), (78, 62)]],
        "Half-kneeling, one knee on the floor and the other foot in front; then tucking the pelvis and moving the hips forward until the front of the back hip stretches."),
    "CALF_STRETCH": (
        [("floor",), ("wall", 130), ("head", 100, 24), [(98, 34), (80, 64)], [(80, 64), (96, 80), (102, 100)], [(80, 64), (60, 82), (42, 100)], [(98, 38), (114, 44), (128, 44)]],
        [("floor",), ("wall", 130), ("head", 100, 30), [(98, 40), (82, 68)], [(82, 68), (100, 82), (104, 100)], [(82, 68), (62, 80), (50, 100)], [(98, 44), (114, 48), (128, 48)]],
        "Hands on a wall, the back leg straight and its heel down; then bending the back knee a little, heel still down, for the lower calf."),
    "HAMSTRING_STRETCH": (
        [("floor",), ("head", 16, 90), [(26, 94), (66, 96)], [(66, 96), (92, 72), (108, 100)], [(66, 96), (88, 76), (104, 96)]],
        [("floor",), ("head", 16, 90), [(26, 94), (66, 96)], [(66, 96), (92, 72), (108, 100)], [(66, 96), (80, 48), (86, 24)], [(30, 95), (60, 70), (80, 54)]],
        "Lying on the back with knees bent; then one leg is raised nearly straight, held behind the thigh, until the back of the thigh stretches."),
    "CAT_COW": (
        [("floor",), ("head", 28, 48), [(36, 56), (60, 66), (94, 58)], [(36, 56), (36, 100)], [(94, 58), (94, 80), (124, 100)]],
        [("floor",), ("head", 28, 62), [(36, 56), (62, 42), (94, 56)], [(36, 56), (36, 100)], [(94, 56), (94, 80), (124, 100)]],
        "On hands and knees; the back sags gently with the head up, then rounds up towards the ceiling with the head down."),
    "PLANK": (
        [("floor",), ("head", 26, 70), [(34, 76), (94, 88)], [(94, 88), (100, 100), (128, 100)], [(34, 78), (36, 100), (54, 100)]],
        [("floor",), ("head", 26, 70), [(34, 76), (120, 92)], [(120, 92), (132, 100)], [(34, 78), (36, 100), (54, 100)]],
        "On the forearms and knees; then lifting the knees so the body is one straight line from head to heels, and holding."),
    "DEAD_BUG": (
        [("floor",), ("head", 16, 90), [(26, 94), (66, 96)], [(66, 96), (66, 70), (90, 70)], [(30, 94), (30, 60)], [(36, 94), (36, 62)]],
        [("floor",), ("head", 16, 90), [(26, 94), (66, 96)], [(66, 96), (66, 70), (90, 70)], [(66, 96), (128, 92)], [(30, 94), (30, 60)], [(30, 94), (4, 82)]],
        "Lying on the back, arms up and knees bent at right angles; then one arm reaches overhead as the opposite leg straightens, back flat on the floor."),
    "BIRD_DOG": (
        [("floor",), ("head", 28, 50), [(36, 58), (94, 60)], [(36, 58), (36, 100)], [(94, 60), (94, 80), (124, 100)]],
        [("floor",), ("head", 28, 50), [(36, 58), (94, 60)], [(36, 58), (36, 100)], [(94, 60), (94, 80), (124, 100)], [(36, 58), (8, 48)], [(94, 60), (138, 56)]],
        "On hands and knees; then one arm reaches forward and the opposite leg back, the back level, and both return."),
}

STYLE = {"start": "#7a8796", "end": "#1d3557"}


def stroke(part, colour):
    kind = part[0]
    if kind == "head":
        return f'<circle cx="{part[1]}" cy="{part[2]}" r="8" fill="none" stroke="{colour}" stroke-width="3"/>'
    if kind == "floor":
        return f'<line x1="4" y1="{GROUND + 2}" x2="146" y2="{GROUND + 2}" stroke="#b8b8b8" stroke-width="2"/>'
    if kind == "wall":
        return f'<line x1="{part[1]}" y1="0" x2="{part[1]}" y2="{GROUND + 2}" stroke="#b8b8b8" stroke-width="4"/>'
    if kind == "box":
        return f'<rect x="{part[1]}" y="{part[2]}" width="{part[3]}" height="{part[4]}" fill="#e9e4dc" stroke="#b8b8b8" stroke-width="2"/>'
    if kind == "band":
        return f'<line x1="{part[1]}" y1="{part[2]}" x2="{part[3]}" y2="{part[4]}" stroke="#c0392b" stroke-width="3" stroke-dasharray="4 3"/>'
    if kind == "roller":
        return f'<circle cx="{part[1]}" cy="{part[2]}" r="7" fill="#e9e4dc" stroke="#8a7a66" stroke-width="2"/>'
    points = " ".join(f"{x},{y}" for x, y in part)
    return f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>'


def panel(parts, colour, dx):
    # Props first, so the figure is drawn over them.
    ordered = sorted(parts, key=lambda p: 0 if isinstance(p, tuple) and p[0] != "head" else 1)
    body = "".join(stroke(p, colour) for p in ordered)
    return f'<g transform="translate({dx},14)">{body}</g>'


def svg(code):
    start, end, _ = POSES[code]
    arrow = ('<path d="M150,64 L166,64 M160,58 L167,64 L160,70" fill="none" stroke="#1d3557" '
             'stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>')
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 124" width="320" height="124">'
            '<rect width="320" height="124" fill="#ffffff"/>'
            + panel(start, STYLE["start"], 0) + arrow + panel(end, STYLE["end"], 168) + "</svg>\n")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    statements = []
    for code, (_, _, alt) in POSES.items():
        data = svg(code).encode("utf-8")
        (OUT / f"{code}.svg").write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        encoded = base64.b64encode(data).decode("ascii")
        statements.append(f"INSERT INTO exercise_picture (content_hash, content_type, data_base64) VALUES ('{digest}', 'image/svg+xml', '{encoded}');")
        safe_alt = alt.replace("'", "''")
        statements.append(f"UPDATE exercise SET picture_hash = '{digest}', picture_alt = '{safe_alt}' WHERE code = '{code}';")
    sys.stdout.write("\n".join(statements) + "\n")


if __name__ == "__main__":
    main()
