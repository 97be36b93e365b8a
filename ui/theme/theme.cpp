// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme.h"

#include <QPalette>

#include <cmath>

namespace ordo {
namespace {

// Signal colours shared by every variant unless a variant overrides them. Severities keep at
// least 3:1 contrast against their ground (WCAG 2 non-text contrast) and differ in hue, so a
// badge reads as critical, warning or info without its glyph (tests/ui/tst_theme.cpp).
void setSignalColors(Theme &t)
{
    t.setColor(Theme::Strength, QColor(0x2f, 0x6f, 0xc9));
    t.setColor(Theme::Cardio, QColor(0xe0, 0x6c, 0x1f));
    t.setColor(Theme::Mobility, QColor(0x2e, 0x9e, 0x6b));
    t.setColor(Theme::Critical, QColor(0xd9, 0x30, 0x25));
    t.setColor(Theme::Warning, QColor(0xc7, 0x77, 0x00));
    t.setColor(Theme::Info, QColor(0x3b, 0x82, 0xc4));
    t.setColor(Theme::Positive, QColor(0x2e, 0x9e, 0x4f));
    t.setColor(Theme::Ampk, QColor(0x9b, 0x59, 0xd0));
    t.setColor(Theme::AmpkBand, QColor(0x9b, 0x59, 0xd0, 60));
    t.setColor(Theme::Fatigue, QColor(0x33, 0x33, 0x33));
    t.setColor(Theme::HighLoad, QColor(0xc6, 0x28, 0x28));
    t.setColor(Theme::Threshold, QColor(0xc6, 0x28, 0x28));
    t.setColor(Theme::Legs, QColor(0x2e, 0x8b, 0x57));
    t.setColor(Theme::Upper, t.color(Theme::Strength));
    t.setColor(Theme::Core, QColor(0x8e, 0x5b, 0xb8));
    t.setColor(Theme::Ctl, t.color(Theme::Strength));
    t.setColor(Theme::Atl, t.color(Theme::HighLoad));
    t.setColor(Theme::Tsb, t.color(Theme::Legs));
    // Red, as calendars mark the current time.
    t.setColor(Theme::Now, QColor(0xe5, 0x39, 0x35));
    t.setColor(Theme::TextOnDark, QColor(0xff, 0xff, 0xff));
    t.setColor(Theme::TextOnLight, QColor(0x1b, 0x1f, 0x24));
}

} // namespace

Theme Theme::light()
{
    Theme t;
    setSignalColors(t);
    t.setColor(Background, QColor(0xff, 0xff, 0xff));
    t.setColor(AlternateBackground, QColor(0xf6, 0xf7, 0xf9));
    t.setColor(HeaderBackground, QColor(0xee, 0xf0, 0xf3));
    t.setColor(Text, QColor(0x20, 0x24, 0x2a));
    t.setColor(MutedText, QColor(0x6b, 0x72, 0x7c));
    t.setColor(GridLine, QColor(0xe3, 0xe5, 0xe8));
    t.setColor(HourLine, QColor(0xcf, 0xd3, 0xd8));
    t.setColor(Selection, QColor(0x1a, 0x73, 0xe8));
    t.setColor(Unavailable, QColor(0x5a, 0x62, 0x6e, 56));
    t.setColor(Busy, QColor(0x4a, 0x5f, 0x8c, 46));
    t.setColor(BusyHatch, QColor(0x4a, 0x5f, 0x8c, 150));
    t.setColor(HintGood, QColor(0x21, 0x66, 0xac, 84));
    t.setColor(HintBad, QColor(0xe6, 0x7e, 0x00, 104));
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.m_dark = true;
    setSignalColors(t);
    t.setColor(Background, QColor(0x1e, 0x1f, 0x22));
    t.setColor(AlternateBackground, QColor(0x26, 0x28, 0x2b));
    t.setColor(HeaderBackground, QColor(0x2b, 0x2d, 0x31));
    t.setColor(Text, QColor(0xe6, 0xe8, 0xeb));
    t.setColor(MutedText, QColor(0x9a, 0xa0, 0xa8));
    t.setColor(GridLine, QColor(0x34, 0x37, 0x3b));
    t.setColor(HourLine, QColor(0x48, 0x4c, 0x52));
    t.setColor(Selection, QColor(0x4c, 0x9a, 0xff));
    // Lighter signal colours that keep their contrast on a dark ground.
    t.setColor(Strength, QColor(0x6c, 0x9e, 0xe6));
    t.setColor(Cardio, QColor(0xf0, 0x95, 0x4a));
    t.setColor(Mobility, QColor(0x5c, 0xc0, 0x8e));
    t.setColor(Critical, QColor(0xef, 0x53, 0x50));
    t.setColor(Warning, QColor(0xf5, 0xb8, 0x3d));
    t.setColor(Info, QColor(0x6e, 0xa8, 0xe0));
    t.setColor(Positive, QColor(0x5c, 0xc0, 0x7a));
    t.setColor(Ampk, QColor(0xb8, 0x86, 0xe8));
    t.setColor(AmpkBand, QColor(0xb3, 0x7f, 0xeb, 70));
    t.setColor(Fatigue, QColor(0xe8, 0xe8, 0xe8));
    t.setColor(HighLoad, QColor(0xff, 0x6b, 0x6b));
    t.setColor(Threshold, t.color(HighLoad));
    t.setColor(Legs, QColor(0x7e, 0xc8, 0x7e));
    t.setColor(Upper, t.color(Strength));
    t.setColor(Core, QColor(0xc3, 0x9b, 0xe8));
    t.setColor(Ctl, t.color(Strength));
    t.setColor(Atl, t.color(HighLoad));
    t.setColor(Tsb, t.color(Legs));
    t.setColor(Now, QColor(0xff, 0x6b, 0x6b));
    // Darker than the ground, as shade is in a light palette.
    t.setColor(Unavailable, QColor(0x00, 0x00, 0x00, 96));
    t.setColor(Busy, QColor(0x8f, 0xa6, 0xd6, 46));
    t.setColor(BusyHatch, QColor(0x8f, 0xa6, 0xd6, 150));
    // Lighter signal colours, fainter: on a dark ground they glow.
    t.setColor(HintGood, QColor(0x4f, 0x9b, 0xe8, 64));
    t.setColor(HintBad, QColor(0xf5, 0x9e, 0x2a, 96));
    return t;
}

Theme Theme::paper()
{
    Theme t = light();
    t.setColor(Text, QColor(0x1a, 0x1a, 0x1a));
    t.setColor(MutedText, QColor(0x5a, 0x5a, 0x5a));
    t.setColor(GridLine, QColor(0xd0, 0xd0, 0xd0));
    t.setColor(HourLine, QColor(0xc0, 0xc0, 0xc0));
    // Opaque: Qt's PDF engine draws translucent gradients fully opaque.
    t.setColor(AmpkBand, QColor(0xe4, 0xd5, 0xf3));
    // Printed as text (fix suggestions): a darker green that reads in small type.
    t.setColor(Positive, QColor(0x1d, 0x5c, 0x2e));
    return t;
}

Theme Theme::forPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    Theme t = base.lightnessF() < 0.5 ? dark() : light();
    t.setColor(Background, base);
    t.setColor(AlternateBackground, mix(base, palette.color(QPalette::AlternateBase), 0.6));
    t.setColor(HeaderBackground, palette.color(QPalette::Window));
    t.setColor(Text, text);
    t.setColor(MutedText, mix(text, base, 0.45));
    t.setColor(GridLine, mix(base, text, 0.09));
    t.setColor(HourLine, mix(base, text, 0.2));
    t.setColor(Selection, palette.color(QPalette::Highlight));
    return t;
}

QColor Theme::kind(Kind kind) const
{
    switch (kind) {
    case Kind::Strength:
        return color(Strength);
    case Kind::Cardio:
        return color(Cardio);
    case Kind::Mobility:
        return color(Mobility);
    }
    return color(Strength);
}

QColor Theme::severity(Severity severity) const
{
    switch (severity) {
    case Severity::Critical:
        return color(Critical);
    case Severity::Warning:
        return color(Warning);
    case Severity::Info:
        return color(Info);
    }
    return color(Info);
}

QColor Theme::textOn(const QColor &fill) const
{
    const QColor light = color(TextOnDark);
    const QColor dark = color(TextOnLight);
    return contrast(fill, light) >= contrast(fill, dark) ? light : dark;
}

double Theme::luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(
        float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t), float(a.alphaF() * (1 - t) + b.alphaF() * t));
}

} // namespace ordo
