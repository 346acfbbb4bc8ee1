/// Remembers the first error a streaming reader threw, so that every later
/// call throws it again instead of reading on from a broken place.
struct FailureLatch {
    private var failure: InterchangeError?

    mutating func run<T>(_ body: () throws(InterchangeError) -> T) throws(InterchangeError) -> T {
        if let failure { throw failure }
        do {
            return try body()
        } catch {
            failure = error
            throw error
        }
    }
}
