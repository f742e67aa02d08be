import Testing
@testable import Equipment

/// The bundled reference data and its searches (platform.md §4.3, Appendices A–C).
@Suite struct ReferenceCatalogueTests {
    let catalogue = ReferenceCatalogue.bundled

    @Test func theAppendicesAndTheVehicleDatabaseAreComplete() {
        #expect(catalogue.tires.count == 61 && catalogue.brakePads.count == 12 && catalogue.tireSizes.count == 76)
        #expect(catalogue.brakeFluids == ["DOT 3", "DOT 4", "DOT 5.1", "Motul RBF 600", "Motul RBF 660", "Castrol SRF", "ATE TYP 200", "Brembo HTC 64T"])
        #expect(catalogue.vehicles.count == 82 && Set(catalogue.vehicles.map(\.slug)).count == 82)
        #expect(catalogue.tires.allSatisfy { $0.mu_source == .curatedTable && $0.pressure_psi == nil && $0.age_sessions == nil })
        #expect(catalogue.tires.filter { $0.size != "varies" }.map(\.model) == ["Pirelli Slick 305"])
        #expect(catalogue.tireSizes.first == "195/50R15" && catalogue.tireSizes.last == "325/25R20")
    }

    @Test func tyreSearchFollowsTheSpecExamples() {
        #expect(catalogue.searchTires("hoosier").map(\.model) == ["Hoosier TrackAttack Pro", "Hoosier R7", "Hoosier A7",
                                                                   "Hoosier TrackAttack Race R8", "Hoosier TrackAttack Race A8"])
        #expect(catalogue.searchTires("re-71").map(\.model) == ["Bridgestone Potenza RE-71RS", "Bridgestone Potenza RE-71RZ"])
        #expect(catalogue.searchTires("michelin").count == 7 && catalogue.searchTires("a").count == 10)
        let all = catalogue.searchTires("  ")
        #expect(all.count == 61 && all.map(\.model) == all.map(\.model).sorted())
    }

    @Test func padSearchMatchesModelOrBrand() {
        #expect(catalogue.searchBrakePads("hawk").map(\.model) == ["Hawk HPS", "Hawk HP+", "Hawk DTC-60", "Hawk DTC-70"])
        #expect(catalogue.searchBrakePads("").map(\.model).first == "Carbotech XP10")
    }

    @Test func vehicleSearchMakesModelsAndLookup() throws {
        let all = catalogue.searchVehicles("")
        #expect(all.count == 82 && all.map(\.slug) == all.map(\.slug).sorted())
        #expect(catalogue.searchVehicles("a").count == 20)
        let miata = catalogue.searchVehicles("MIATA")
        #expect(!miata.isEmpty && miata.allSatisfy { $0.model.lowercased().contains("miata") || $0.generation.lowercased().contains("miata") })
        #expect(catalogue.makes == catalogue.makes.sorted() && catalogue.makes.contains("Mazda"))
        #expect(catalogue.models(of: "mAzDa").contains("Miata") && catalogue.models(of: "Nope").isEmpty)
        let na = try #require(catalogue.vehicle(make: "mazda", model: "miata", generation: "na"))
        #expect(na.slug == "mazda_miata_na" && na.spec.year_range == [1990, 1997] && na.spec.isValid)
        #expect(catalogue.vehicle(make: "Mazda", model: "Miata", generation: "ZZ") == nil)
    }

    @Test func aFormulaEstimateOfOneIsTheCategoryDefault() {
        let placeholder = TireSpec(model: "OEM / Stock", compound_category: .tw100, size: "225/45R17", estimated_mu: 1.0,
                                   mu_source: .formulaEstimate, mu_confidence: "low")
        #expect(placeholder.normalized.estimated_mu == 1.20)
        var curated = placeholder
        curated.mu_source = .curatedTable
        #expect(curated.normalized.estimated_mu == 1.0)
        #expect(CompoundCategory.allCases.map(\.defaultMu) == [0.90, 1.00, 1.10, 1.20, 1.28, 1.42])
    }
}
