#define BOOST_TEST_MODULE woshou importers
#include <boost/test/unit_test.hpp>
