// Exercise figures as data: a stick-and-capsule person whose joints are 2D points per keyframe, read
// from assets/figures.json, and the pose between keyframes. Pure: no drawing (ui/figure_view.h draws).
//
// Coordinates: a box where the floor is y = 0 and y points up; a standing person is about 0.95 tall.
// A side view shows the person's right side nearest (their right limbs usually "near"); an "above" view
// looks down on someone lying on the floor (used where a side view cannot show the movement).
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue_json.h"
#include "core/enum_names.h"

namespace unclench {

//-----------------------------------------------------------------------------
// Skeleton
//-----------------------------------------------------------------------------

struct Vec2 {
    float x = 0, y = 0;
};

// Every joint, parents before children (pose interpolation walks the tree in this order).
enum class Joint {
    Hip, Mid, Neck, Head, Nose,
    ShoulderL, ElbowL, HandL, ShoulderR, ElbowR, HandR,
    HipL, KneeL, AnkleL, ToeL, HipR, KneeR, AnkleR, ToeR,
    Count
};
constexpr int kJointCount = (int)Joint::Count;

// The keys of a pose in figures.json, in joint order.
inline constexpr EnumName<Joint> kJointNames[] = {
    {Joint::Hip, "hip"}, {Joint::Mid, "mid"}, {Joint::Neck, "neck"}, {Joint::Head, "head"}, {Joint::Nose, "nose"},
    {Joint::ShoulderL, "shoulder_l"}, {Joint::ElbowL, "elbow_l"}, {Joint::HandL, "hand_l"},
    {Joint::ShoulderR, "shoulder_r"}, {Joint::ElbowR, "elbow_r"}, {Joint::HandR, "hand_r"},
    {Joint::HipL, "hip_l"}, {Joint::KneeL, "knee_l"}, {Joint::AnkleL, "ankle_l"}, {Joint::ToeL, "toe_l"},
    {Joint::HipR, "hip_r"}, {Joint::KneeR, "knee_r"}, {Joint::AnkleR, "ankle_r"}, {Joint::ToeR, "toe_r"}};
static_assert(sizeof(kJointNames) / sizeof(kJointNames[0]) == (size_t)kJointCount, "a name per joint");

const char* joint_name(Joint joint);   // "hip", "shoulder_l", ... (the keys in figures.json)
Joint joint_parent(Joint joint);       // Hip (the root) is its own parent

enum class Limb { ArmL, ArmR, LegL, LegR, Count };
constexpr int kLimbCount = (int)Limb::Count;
inline constexpr EnumName<Limb> kLimbNames[] = {
    {Limb::ArmL, "arm_l"}, {Limb::ArmR, "arm_r"}, {Limb::LegL, "leg_l"}, {Limb::LegR, "leg_r"}};
const char* limb_name(Limb limb);      // "arm_l", "arm_r", "leg_l", "leg_r"

struct Pose {
    std::array<Vec2, kJointCount> at{};
    Vec2& operator[](Joint j) { return at[(size_t)j]; }
    const Vec2& operator[](Joint j) const { return at[(size_t)j]; }
};

//-----------------------------------------------------------------------------
// Figures
//-----------------------------------------------------------------------------

enum class FigureView { Side, Above };
enum class PropKind { Mat, Chair, Pillow };

inline constexpr EnumName<FigureView> kFigureViewNames[] = {{FigureView::Side, "side"}, {FigureView::Above, "above"}};
inline constexpr EnumName<PropKind> kPropKindNames[] = {
    {PropKind::Mat, "mat"}, {PropKind::Chair, "chair"}, {PropKind::Pillow, "pillow"}};

struct Prop {
    PropKind kind = PropKind::Mat;
    Vec2 at;              // mat, pillow: centre on the floor; chair: front edge of the seat, on the floor
    float width = 0.0f;   // mat, pillow: length; chair: unused
    bool flip = false;    // chair: backrest on the right instead of the left
};

// A hint of the movement's direction, drawn faintly beside the figure.
struct Arrow {
    Vec2 from, to;
};

struct Keyframe {
    std::string name;     // "start", "target", "hump", ...
    Pose pose;
};

struct Figure {
    std::string id;
    FigureView view = FigureView::Side;
    std::array<bool, kLimbCount> near{};   // near limbs are drawn darker, in front of the body
    std::vector<Prop> props;
    std::vector<Arrow> arrows;
    std::vector<Keyframe> keyframes;       // at least two: the first is the start, the last the target
};

struct FigureSet {
    std::vector<Figure> figures;
    const Figure* find(std::string_view id) const;
};

// Reads figures.json. Like the catalogue: every problem is reported with its JSON pointer, and data is
// set only when there is none. Every pose must give every joint.
LoadResult<FigureSet> load_figures(std::string_view json_text);

//-----------------------------------------------------------------------------
// Motion
//-----------------------------------------------------------------------------

// Between two poses: the root moves in a straight line and every bone turns (the short way) and
// stretches from its angle and length in `a` to those in `b`, so limbs swing instead of shrinking.
Pose interpolate(const Pose& a, const Pose& b, float t);

// The pose at `progress` 0..1 (clamped): keyframes are spread evenly, 0 = first, 1 = last.
Pose pose_at(const Figure& figure, float progress);

// The box around every keyframe and prop of a figure (for fitting it into a rectangle).
struct Bounds {
    Vec2 min, max;
};
Bounds figure_bounds(const Figure& figure);

} // namespace unclench
