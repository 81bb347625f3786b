#pragma once
// Classification: groups the values of a thematic map into k classes (3..9) by quantiles, equal
// intervals or natural breaks (Jenks: Fisher's exact optimal partition minimising the sum of
// squared deviations from the class means). Values that are NaN have no data and form their own
// class (noDataCount; classOf() gives -1). Classes are closed at the top: a value equal to a
// class's upper bound belongs to it, and equal values never land in two classes, so a data set
// with fewer distinct values than k gets fewer classes.
//
// A centred classification (for changes, on a diverging ramp) keeps 0 at the middle: the
// negative and the positive values are classified apart into (k - 1) / 2 classes each (k odd;
// an even k takes one class less), around a class holding exactly 0, and each class remembers
// its colour's index in the k-colour ramp, so a side with fewer classes stays next to the
// neutral middle. Value type; any thread.

#include <QString>
#include <QtGlobal>

#include <vector>

namespace tp {

class Classification {
public:
    enum class Method { Quantiles, EqualIntervals, NaturalBreaks };
    static constexpr int minClasses = 3, maxClasses = 9;

    struct Class {
        double lower = 0.0, upper = 0.0; // the smallest and largest value the class admits
        qint64 count = 0;                // values in the class
        int colour = 0;                  // index into a ramp of rampSize() colours
    };

    // `classes` is clamped to 3..9.
    static Classification classify(const std::vector<double>& values, Method method, int classes);
    static Classification classifyCentred(const std::vector<double>& values, Method method, int classes);

    const std::vector<Class>& classes() const { return m_classes; }
    int rampSize() const { return m_rampSize; }
    bool isCentred() const { return m_centred; }
    qint64 noDataCount() const { return m_noData; }
    // Index into classes(); -1 for NaN. Values outside every class go to the nearest one.
    int classOf(double value) const;

    static QString key(Method method);                       // "quantiles", "equal", "jenks"
    static bool fromKey(const QString& key, Method* method); // also "natural", "fisher", "equal-intervals"
    static QString name(Method method);                      // for people

    // The upper bounds of an optimal partition of `sorted` (ascending, finite) into at most k
    // groups of distinct values: Fisher's dynamic programme over the distinct values weighted by
    // their counts. Exposed for tests.
    static std::vector<double> naturalBreaks(const std::vector<double>& sorted, int k);

private:
    // Upper bounds of the classes of `sorted` (ascending, finite, non-empty), last = max.
    static std::vector<double> upperBounds(const std::vector<double>& sorted, Method method, int k);
    // Appends the classes of `sorted` cut at `uppers`, colours from `firstColour` on.
    void appendClasses(const std::vector<double>& sorted, const std::vector<double>& uppers, int firstColour);

    std::vector<Class> m_classes;
    int m_rampSize = 0;
    bool m_centred = false;
    int m_zeroClass = -1; // centred: index of the class of 0
    qint64 m_noData = 0;
};

} // namespace tp
