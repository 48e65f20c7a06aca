/// Memory left unfreed on purpose until the process exits, as compilers do
/// with `-disable-free` (LLVM's `BuryPointer`): the kernel takes back the
/// whole heap at once, where freeing a built course object by object takes a
/// tenth of a second on one thread at 1,000 chapters. Only ever memory, and
/// only once everything the command writes is written.
enum Graveyard {
    private static var buried: [Any] = []

    static func bury(_ value: Any) { buried.append(value) }
}
