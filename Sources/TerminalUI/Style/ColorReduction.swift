/// The standard xterm palette, used to find the nearest colour a terminal can show.
enum XtermPalette {
    /// xterm's default values for the 16 ANSI colours.
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]

    /// The six levels of each axis of the 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a 256-palette index.
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 {
            let (r, g, b) = ansi[i]
            return (Int(r), Int(g), Int(b))
        }
        if i < 232 {
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[n / 6 % 6], cubeLevels[n % 6])
        }
        let level = 8 + (i - 232) * 10
        return (level, level, level)
    }

    /// A perceptual distance between two colours ("redmean" weighting).
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let meanRed = (a.0 + b.0) / 2
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
    }

    /// The nearest of the 6×6×6 cube and the grey ramp (indices 16–255);
    /// the first 16 are skipped because terminals recolour them.
    static func nearest256(_ rgb: (Int, Int, Int)) -> UInt8 {
        func level(_ value: Int) -> Int {
            cubeLevels.indices.min(by: { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }) ?? 0
        }
        let cubeIndex = 16 + 36 * level(rgb.0) + 6 * level(rgb.1) + level(rgb.2)
        let grey = (rgb.0 + rgb.1 + rgb.2) / 3
        let greyIndex = 232 + min(23, max(0, (grey - 3) / 10))
        let cube = UInt8(cubeIndex), ramp = UInt8(greyIndex)
        return distance(rgb, self.rgb(cube)) <= distance(rgb, self.rgb(ramp)) ? cube : ramp
    }

    /// The ANSI colour (of the first 8 or 16) closest in intent: greys go
    /// to black, grey or white by lightness; other colours to the ANSI
    /// colour of the nearest hue, bright (with 16) when the colour is light.
    /// Hue matters more than distance here, because terminals recolour the
    /// ANSI colours: an orange must stay reddish, not become a grey.
    static func nearestANSI(_ rgb: (Int, Int, Int), count: Int) -> NamedColor {
        let high = max(rgb.0, rgb.1, rgb.2), low = min(rgb.0, rgb.1, rgb.2)
        let chroma = high - low
        let lightness = (high + low) / 2
        guard chroma >= 40 else {
            if count < 16 { return lightness < 60 ? .black : .white }
            switch lightness {
            case ..<40: return .black
            case ..<150: return .brightBlack
            case ..<235: return .white
            default: return .brightWhite
            }
        }
        let hue = hueDegrees(rgb, high: high, chroma: chroma)
        let hues: [(Double, NamedColor)] = [
            (0, .red), (60, .yellow), (120, .green), (180, .cyan), (240, .blue), (300, .magenta), (360, .red),
        ]
        let base = hues.min(by: { abs($0.0 - hue) < abs($1.0 - hue) })?.1 ?? .white
        guard count >= 16, high >= 220 else { return base }
        return NamedColor(rawValue: base.rawValue + 8) ?? base
    }

    /// The hue of a colour in degrees (0 red, 120 green, 240 blue).
    private static func hueDegrees(_ rgb: (Int, Int, Int), high: Int, chroma: Int) -> Double {
        let r = Double(rgb.0), g = Double(rgb.1), b = Double(rgb.2), c = Double(chroma)
        let sector: Double
        if high == rgb.0 {
            sector = (g - b) / c
        } else if high == rgb.1 {
            sector = (b - r) / c + 2
        } else {
            sector = (r - g) / c + 4
        }
        let degrees = sector * 60
        return degrees < 0 ? degrees + 360 : degrees
    }
}

extension Color {
    /// The closest colour a terminal of `depth` can show: `.default`,
    /// `.named` or `.indexed`, never `.rgb`. Monochrome gives `.default`.
    public func reduced(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .monochrome):
            return .default
        case (.named(let named), .ansi8):
            return .named(named.normal)
        case (.named, _):
            return self
        case (.indexed(let index), .palette256):
            return .indexed(index)
        case (.indexed(let index), _) where index < 16:
            return NamedColor(rawValue: Int(index)).map { Color.named($0) }?.reduced(to: depth) ?? .default
        case (.indexed(let index), _):
            return .named(XtermPalette.nearestANSI(XtermPalette.rgb(index), count: depth.rawValue))
        case (.rgb(let r, let g, let b), .palette256):
            return .indexed(XtermPalette.nearest256((Int(r), Int(g), Int(b))))
        case (.rgb(let r, let g, let b), _):
            return .named(XtermPalette.nearestANSI((Int(r), Int(g), Int(b)), count: depth.rawValue))
        }
    }

    /// The colour number a terminal uses: -1 for the default, 0–255 otherwise.
    /// Reduce first: an `.rgb` colour is reduced to the 256 palette here.
    public var terminalIndex: Int {
        switch self {
        case .default: return -1
        case .named(let named): return named.rawValue
        case .indexed(let index): return Int(index)
        case .rgb: return reduced(to: .palette256).terminalIndex
        }
    }
}

extension ResolvedStyle {
    /// The style as a terminal of `depth` shows it. Colours are reduced;
    /// monochrome keeps only the modifiers. When reduction makes a distinct
    /// foreground and background equal, the background is dropped and the
    /// text drawn reversed, so it stays readable and still stands out.
    public func reduced(to depth: ColorDepth) -> ResolvedStyle {
        let newFg = fg.reduced(to: depth), newBg = bg.reduced(to: depth)
        if newFg == newBg, newFg != .default, fg != bg {
            return ResolvedStyle(fg: newFg, bg: .default, modifiers: modifiers.union(.reverse))
        }
        return ResolvedStyle(fg: newFg, bg: newBg, modifiers: modifiers)
    }
}
