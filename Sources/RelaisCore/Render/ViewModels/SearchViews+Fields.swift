extension SearchPageBody {
    static let fields = ViewFields<Self>([
        .field("title", \.title), .field("intro", \.intro), .field("manifestURL", \.manifestURL), .field("scriptURL", \.scriptURL),
        .field("typeLinks", \.typeLinks), .field("guideURL", \.guideURL), .field("siteMapURL", \.siteMapURL),
    ])
}
