import TaizhangModel

import Foundation

/// Every task's distinct character bigrams as sorted ids, and how much each bigram weighs: its
/// inverse document frequency over the tasks of both documents, so that a phrase two tasks share
/// counts for more the rarer it is (issue 12: "weight rare ones (IDF)").
struct BigramIndex: Sendable {
    /// Sorted, distinct ids per task.
    typealias Bag = [Int32]

    private(set) var ids: [UInt64: Int32] = [:]
    private(set) var weights: [Double] = []
    /// How many tasks of both documents have each bigram.
    private(set) var frequency: [Int] = []
    let a: [Bag]
    let b: [Bag]
    /// The weight of a bigram that no task has (one seen in a heading only): the rarest.
    let unseenWeight: Double

    init(a: [Set<UInt64>], b: [Set<UInt64>]) {
        var ids: [UInt64: Int32] = [:]
        var frequency: [Int] = []
        func bag(_ keys: Set<UInt64>) -> Bag {
            var out: Bag = []
            out.reserveCapacity(keys.count)
            for key in keys {
                if let id = ids[key] {
                    frequency[Int(id)] += 1; out.append(id)
                } else {
                    let id = Int32(frequency.count)
                    ids[key] = id; frequency.append(1); out.append(id)
                }
            }
            return out.sorted()
        }
        let bagsA = a.map(bag), bagsB = b.map(bag)
        let documents = Double(a.count + b.count + 1)
        self.ids = ids
        self.weights = frequency.map { log(documents / Double($0)) }
        self.frequency = frequency
        self.a = bagsA; self.b = bagsB
        self.unseenWeight = log(documents)
    }

    /// The bag of a text the index has seen part of (a sentence of a task); unknown bigrams are left out.
    func bag(_ keys: Set<UInt64>) -> Bag { keys.compactMap { ids[$0] }.sorted() }

    func weight(_ key: UInt64) -> Double { ids[key].map { weights[Int($0)] } ?? unseenWeight }

    func mass(_ bag: Bag) -> Double { bag.reduce(0) { $0 + weights[Int($1)] } }

    func mass(_ keys: Set<UInt64>) -> Double { keys.reduce(0) { $0 + weight($1) } }

    /// The summed weight of the bigrams two bags share (a merge of two sorted lists).
    func sharedMass(_ x: Bag, _ y: Bag) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < x.count && j < y.count {
            if x[i] == y[j] { total += weights[Int(x[i])]; i += 1; j += 1 }
            else if x[i] < y[j] { i += 1 }
            else { j += 1 }
        }
        return total
    }

    /// Whether two tasks, one of each document, share a bigram no other task has: a phrase of
    /// their own, the concrete measure a link needs beyond common wording.
    func sharesOwnPhrase(_ x: Bag, _ y: Bag) -> Bool {
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                if frequency[Int(x[i])] == 2 { return true }
                i += 1; j += 1
            } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// The shared bigrams of two bags.
    func shared(_ x: Bag, _ y: Bag) -> Bag {
        var i = 0, j = 0, out: Bag = []
        while i < x.count && j < y.count {
            if x[i] == y[j] { out.append(x[i]); i += 1; j += 1 }
            else if x[i] < y[j] { i += 1 }
            else { j += 1 }
        }
        return out
    }
}
