import RapportCore

/// libFuzzer entry: the input as a typed day (`2026-06-01`, `-3d`, `tomorrow`, `24/12`, `hier`…), towards the past, the future and the nearest.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDay(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let day = Day(iso: text) {
        precondition(Day(iso: day.iso) == day, "\(text) does not round-trip")
    }
    guard let today = Day(iso: "2026-06-01") else { return 0 }
    for direction in [DayInput.Direction.past, .future, .nearest] {
        if let day = DayInput.parse(text, today: today, toward: direction) {
            precondition(Day(iso: day.iso) == day, "\(text) parsed to a day that does not round-trip")
        }
    }
    return 0
}
