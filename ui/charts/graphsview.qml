// The Qt Graphs chart: an empty GraphsView that ChartView's Qt Graphs
// backend fills from C++ (axes, series, marker delegates).
import QtQuick
import QtGraphs

GraphsView {
    marginTop: 8
    marginRight: 12
    marginBottom: 4
    marginLeft: 4
    theme: GraphsTheme {
        colorScheme: GraphsTheme.ColorScheme.Light
        backgroundColor: "white"
        plotAreaBackgroundColor: "white"
        gridVisible: true
        labelTextColor: "#333333"
        grid.mainColor: "#d8d8d8"
        grid.subColor: "#eeeeee"
        axisX.mainColor: "#888888"
        axisY.mainColor: "#888888"
    }
}
