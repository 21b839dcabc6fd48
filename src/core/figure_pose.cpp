#include "core/figure_pose.h"

#include <algorithm>
#include <cmath>

#include "core/json_reader.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Skeleton
//-----------------------------------------------------------------------------

static const Joint kParents[] = {
    Joint::Hip, Joint::Hip, Joint::Mid, Joint::Neck, Joint::Head,
    Joint::Neck, Joint::ShoulderL, Joint::ElbowL, Joint::Neck, Joint::ShoulderR, Joint::ElbowR,
    Joint::Hip, Joint::HipL, Joint::KneeL, Joint::AnkleL, Joint::Hip, Joint::HipR, Joint::KneeR, Joint::AnkleR};
static_assert(sizeof(kParents) / sizeof(kParents[0]) == (size_t)kJointCount, "a parent per joint");

const char* joint_name(Joint joint) { return name_of(kJointNames, joint, "?"); }
Joint joint_parent(Joint joint) { return kParents[(int)joint]; }
const char* limb_name(Limb limb) { return name_of(kLimbNames, limb, "?"); }

const Figure* FigureSet::find(std::string_view id) const {
    for (const Figure& f : figures)
        if (f.id == id) return &f;
    return nullptr;
}

//-----------------------------------------------------------------------------
// Reading figures.json
//-----------------------------------------------------------------------------

constexpr double kCoordMin = -1.0, kCoordMax = 2.0;   // generous: a figure may reach a little past its box

// [x, y] with finite numbers in range.
static Vec2 read_point(const Json& value, const std::string& path, Problems& problems) {
    bool ok = value.is_array() && value.size() == 2 && value[0].is_number() && value[1].is_number();
    if (ok) {
        double x = value[0].get<double>(), y = value[1].get<double>();
        if (std::isfinite(x) && std::isfinite(y) && x >= kCoordMin && x <= kCoordMax && y >= kCoordMin && y <= kCoordMax)
            return {(float)x, (float)y};
    }
    problems.push_back({path, "must be a point [x, y] with numbers from -1 to 2"});
    return {};
}

static Pose read_pose(const Json& value, const std::string& path, Problems& problems) {
    Pose pose;
    ObjectReader r(value, path, problems);
    if (!r.is_object()) return pose;
    for (const EnumName<Joint>& joint : kJointNames)
        if (const Json* v = r.field(joint.name, Need::Required)) pose[joint.value] = read_point(*v, r.path_of(joint.name), problems);
    r.done();   // an unknown joint name is a typo worth reporting
    return pose;
}

static Prop read_prop(const Json& value, const std::string& path, Problems& problems) {
    Prop prop;
    ObjectReader r(value, path, problems);
    r.choice("kind", Need::Required, kPropKindNames, prop.kind);
    if (const Json* at = r.field("at", Need::Required)) prop.at = read_point(*at, r.path_of("at"), problems);
    if (const Json* w = r.field("width", Need::Optional)) {
        if (w->is_number() && w->get<double>() > 0 && w->get<double>() <= 2) prop.width = (float)w->get<double>();
        else r.problem("width", "must be a number above 0 and at most 2");
    }
    prop.flip = r.boolean("flip", false);
    r.done();
    return prop;
}

static Arrow read_arrow(const Json& value, const std::string& path, Problems& problems) {
    Arrow arrow;
    ObjectReader r(value, path, problems);
    if (const Json* v = r.field("from", Need::Required)) arrow.from = read_point(*v, r.path_of("from"), problems);
    if (const Json* v = r.field("to", Need::Required)) arrow.to = read_point(*v, r.path_of("to"), problems);
    r.done();
    return arrow;
}

static void read_near(ObjectReader& r, Figure& f, Problems& problems) {
    const Json* list = r.list("near", Need::Required, 0, kLimbCount);
    if (!list) return;
    for (size_t i = 0; i < list->size(); i++) {
        std::string name = read_text((*list)[i], path_join(r.path_of("near"), i), 10, problems);
        Limb limb = Limb::ArmL;
        if (value_of(kLimbNames, name, limb)) f.near[(size_t)limb] = true;
        else if (!name.empty()) problems.push_back({path_join(r.path_of("near"), i), quote_value(name) + " is not a limb (arm_l, arm_r, leg_l, leg_r)"});
    }
}

static Figure read_figure(const Json& value, const std::string& path, Problems& problems) {
    Figure f;
    ObjectReader r(value, path, problems);
    f.id = r.id("id", Need::Required);
    r.choice("view", Need::Required, kFigureViewNames, f.view);
    read_near(r, f, problems);
    if (const Json* props = r.list("props", Need::Optional, 0, 8))
        for (size_t i = 0; i < props->size(); i++) f.props.push_back(read_prop((*props)[i], path_join(r.path_of("props"), i), problems));
    if (const Json* arrows = r.list("arrows", Need::Optional, 0, 4))
        for (size_t i = 0; i < arrows->size(); i++) f.arrows.push_back(read_arrow((*arrows)[i], path_join(r.path_of("arrows"), i), problems));
    if (const Json* keys = r.list("keyframes", Need::Required, 2, 8)) {
        for (size_t i = 0; i < keys->size(); i++) {
            std::string kpath = path_join(r.path_of("keyframes"), i);
            ObjectReader k((*keys)[i], kpath, problems);
            Keyframe kf;
            kf.name = k.text("name", Need::Required, 40);
            if (const Json* pose = k.field("pose", Need::Required)) kf.pose = read_pose(*pose, k.path_of("pose"), problems);
            k.done();
            f.keyframes.push_back(std::move(kf));
        }
    }
    r.done();
    return f;
}

LoadResult<FigureSet> load_figures(std::string_view json_text) {
    LoadResult<FigureSet> result;
    Problems& problems = result.problems;
    std::optional<Json> doc = parse_json(json_text, problems);
    if (!doc) return result;
    FigureSet set;
    ObjectReader r(*doc, "", problems);
    r.integer("version", Need::Required, 1, 1, "");
    std::vector<std::pair<std::string, std::string>> ids;
    if (const Json* figures = r.list("figures", Need::Required, 1, 200)) {
        for (size_t i = 0; i < figures->size(); i++) {
            std::string path = path_join(r.path_of("figures"), i);
            set.figures.push_back(read_figure((*figures)[i], path, problems));
            ids.emplace_back(set.figures.back().id, path);
        }
    }
    r.done();
    check_unique_ids(ids, "figure", problems);
    if (problems.empty()) result.data = std::move(set);
    return result;
}

//-----------------------------------------------------------------------------
// Motion
//-----------------------------------------------------------------------------

constexpr float kPi = 3.14159265358979f;

static float lerp(float a, float b, float t) { return a + (b - a) * t; }

// The angle from a to b the short way, in (-pi, pi].
static float turn(float a, float b) {
    float d = std::fmod(b - a, 2 * kPi);
    if (d > kPi) d -= 2 * kPi;
    if (d <= -kPi) d += 2 * kPi;
    return d;
}

Pose interpolate(const Pose& a, const Pose& b, float t) {
    if (t <= 0) return a;
    if (t >= 1) return b;
    Pose out;
    out[Joint::Hip] = {lerp(a[Joint::Hip].x, b[Joint::Hip].x, t), lerp(a[Joint::Hip].y, b[Joint::Hip].y, t)};
    for (int j = 1; j < kJointCount; j++) {
        Joint joint = (Joint)j, parent = kParents[j];
        float ax = a[joint].x - a[parent].x, ay = a[joint].y - a[parent].y;
        float bx = b[joint].x - b[parent].x, by = b[joint].y - b[parent].y;
        float la = std::hypot(ax, ay), lb = std::hypot(bx, by);
        // A bone of no length (both shoulders at the neck in a side view) has no angle: borrow the other's.
        float aa = la > 1e-5f ? std::atan2(ay, ax) : std::atan2(by, bx);
        float ab = lb > 1e-5f ? std::atan2(by, bx) : aa;
        float angle = aa + turn(aa, ab) * t, length = lerp(la, lb, t);
        out[joint] = {out[parent].x + length * std::cos(angle), out[parent].y + length * std::sin(angle)};
    }
    return out;
}

Pose pose_at(const Figure& figure, float progress) {
    if (figure.keyframes.empty()) return {};
    size_t n = figure.keyframes.size();
    if (n == 1 || !(progress > 0)) return figure.keyframes.front().pose;
    if (progress >= 1) return figure.keyframes.back().pose;
    float at = progress * (float)(n - 1);
    size_t i = std::min((size_t)at, n - 2);
    return interpolate(figure.keyframes[i].pose, figure.keyframes[i + 1].pose, at - (float)i);
}

static void grow(Bounds& b, Vec2 p) {
    b.min = {std::min(b.min.x, p.x), std::min(b.min.y, p.y)};
    b.max = {std::max(b.max.x, p.x), std::max(b.max.y, p.y)};
}

Bounds figure_bounds(const Figure& figure) {
    Bounds b{{1e9f, 1e9f}, {-1e9f, -1e9f}};
    for (const Keyframe& k : figure.keyframes)
        for (const Vec2& p : k.pose.at) grow(b, p);
    for (const Prop& p : figure.props) {
        if (p.kind == PropKind::Chair) {
            float back = p.flip ? 0.2f : -0.2f;
            grow(b, {p.at.x, p.at.y});
            grow(b, {p.at.x + back, p.at.y + 0.5f});
        } else {
            grow(b, {p.at.x - p.width * 0.5f, p.at.y});
            grow(b, {p.at.x + p.width * 0.5f, p.at.y});
        }
    }
    for (const Arrow& a : figure.arrows) {
        grow(b, a.from);
        grow(b, a.to);
    }
    if (b.min.x > b.max.x) b = {{0, 0}, {1, 1}};
    return b;
}

} // namespace unclench
